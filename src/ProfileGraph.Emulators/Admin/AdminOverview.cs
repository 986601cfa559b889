namespace ProfileGraph.Emulators.Admin;

/// <summary>What <c>GET /_admin</c> describes: the data set and where each emulator listens. No credentials.</summary>
internal sealed record AdminOverview(int Seed, IReadOnlyDictionary<string, AdminProviderInfo> Providers);

internal sealed record AdminProviderInfo(string Path, int Records);

internal sealed record AdminError(string Error);
