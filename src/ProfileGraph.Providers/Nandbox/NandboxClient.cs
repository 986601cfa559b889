using System.Text.Json;
using Microsoft.Extensions.Options;
using ProfileGraph.Providers.Configuration;
using ProfileGraph.Providers.Errors;
using ProfileGraph.Providers.Json;
using ProfileGraph.Providers.Resilience;

namespace ProfileGraph.Providers.Nandbox;

/// <summary>
/// nandbox's getUser over the bot's one socket, through the nandbox pipeline. Many calls at once share the
/// socket: their frames go out back to back and replies come back in any order. With replicas, the socket may be
/// another replica's (<see cref="NandboxRelay"/>).
/// </summary>
public sealed class NandboxClient
{
    internal static readonly ProviderOperation GetUser = new(Provider.Nandbox, "getUser");

    private readonly NandboxRelay _connection;
    private readonly ProviderPipeline _pipeline;
    private readonly string _appId;

    public NandboxClient(NandboxRelay connection, ProviderPipelines pipelines, IOptions<NandboxOptions> options)
    {
        _connection = connection;
        _pipeline = pipelines.Get(Provider.Nandbox);
        _appId = options.Value.AppId!;
    }

    /// <summary>getUser: the user's profile, with the photo's thumbnail bytes. Needs the "Manage Users" permission.</summary>
    public Task<NandboxUser> GetUserAsync(string userId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        return _pipeline.ExecuteAsync(
            GetUser,
            async attemptToken => Read(await _connection.RequestAsync(GetUser.Name, reference => NandboxFrames.GetUser(_appId, userId, reference), attemptToken).ConfigureAwait(false)),
            cancellationToken);
    }

    private static NandboxUser Read(NandboxReply reply)
    {
        if (reply.Error is { } error)
        {
            throw ProviderFailures.FromCode(Provider.Nandbox, GetUser.Name, NandboxErrors.KindOf(error), error);
        }

        if (reply.Method != "userDetails" || !reply.Frame.TryGetProperty("user", out var user) || user.ValueKind != JsonValueKind.Object)
        {
            throw ProviderFailures.BadResponse(Provider.Nandbox, GetUser.Name, "userDetails without a user");
        }

        try
        {
            return user.Deserialize(ProvidersJsonContext.Default.NandboxUser)!;
        }
        catch (JsonException exception)
        {
            throw ProviderFailures.BadResponse(Provider.Nandbox, GetUser.Name, "unreadable user", exception);
        }
    }
}
