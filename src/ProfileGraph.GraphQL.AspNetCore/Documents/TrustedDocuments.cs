using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ProfileGraph.GraphQL.AspNetCore.Documents;

/// <summary>
/// The trusted documents (persisted operations) a deployment ships, by SHA-256 hex, loaded once at start-up from a
/// manifest file or a directory of them: a JSON map of hash to document (The Guild's client preset, Relay), or Apollo's
/// persisted query manifest (<c>{ "operations": [{ "id", "body" }] }</c>). Every hash must be its document's SHA-256:
/// a manifest that says otherwise stops start-up.
/// </summary>
public sealed class TrustedDocuments
{
    private readonly Dictionary<string, string> _byHash;

    private TrustedDocuments(Dictionary<string, string> byHash)
    {
        _byHash = byHash;
    }

    public static TrustedDocuments None { get; } = new(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase));

    public int Count => _byHash.Count;

    /// <summary>Loads every <c>*.json</c> manifest at <paramref name="path"/> (a file or a directory); none when null.</summary>
    public static TrustedDocuments Load(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return None;
        }

        var files = Directory.Exists(path) ? Directory.GetFiles(path, "*.json").Order(StringComparer.Ordinal).ToArray()
            : File.Exists(path) ? [path]
            : throw new InvalidOperationException($"The trusted documents at \"{path}\" do not exist.");
        var byHash = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            using var manifest = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var (hash, document) in Entries(manifest.RootElement, file))
            {
                if (!Sha256Of(document).Equals(hash, StringComparison.OrdinalIgnoreCase))
                {
                    throw new InvalidOperationException($"The trusted document \"{hash}\" in {Path.GetFileName(file)} is not the SHA-256 of its text.");
                }

                byHash[hash] = document;
            }
        }

        return new TrustedDocuments(byHash);
    }

    /// <summary>The SHA-256 of a document's text, as lowercase hex: its id.</summary>
    public static string Sha256Of(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    public string? Find(string sha256) => _byHash.GetValueOrDefault(sha256);

    public bool Contains(string document) => _byHash.ContainsKey(Sha256Of(document));

    private static IEnumerable<(string Hash, string Document)> Entries(JsonElement manifest, string file)
    {
        if (manifest.ValueKind == JsonValueKind.Object && manifest.TryGetProperty("operations", out var operations) && operations.ValueKind == JsonValueKind.Array)
        {
            return operations.EnumerateArray().Select(operation => (
                operation.GetProperty("id").GetString() ?? "",
                operation.GetProperty("body").GetString() ?? ""));
        }

        return manifest.ValueKind == JsonValueKind.Object
            ? manifest.EnumerateObject().Select(entry => (entry.Name, entry.Value.GetString() ?? ""))
            : throw new InvalidOperationException($"{Path.GetFileName(file)} is no trusted documents manifest: a JSON object of hash to document was expected.");
    }
}
