using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace ProfileGraph.GraphQL.AspNetCore.Clients;

/// <summary>
/// The configured clients (<c>Clients:&lt;name&gt;:*</c>), whether a key is required (<c>Clients:RequireKey</c>), and
/// what a caller without a key may do (<c>Clients:Anonymous:*</c>, when keys are not required).
/// </summary>
public sealed class ClientRegistry
{
    public const string AnonymousName = "anonymous";

    private readonly (string Name, ClientOptions Options, byte[] Hash)[] _keyed;

    public ClientRegistry(bool requireKey, IReadOnlyDictionary<string, ClientOptions> clients, ClientOptions anonymous)
    {
        ArgumentNullException.ThrowIfNull(clients);
        RequireKey = requireKey;
        Anonymous = anonymous;
        _keyed = [.. clients.Select(client => (client.Key, client.Value, HashOf(client.Key, client.Value)))];
    }

    public bool RequireKey { get; }

    /// <summary>A caller without a key, when none is required.</summary>
    public ClientOptions Anonymous { get; }

    /// <summary>
    /// Reads the <c>Clients</c> section; <paramref name="requireKeyByDefault"/> applies when it says nothing (true in
    /// Production). Where keys are not required by default (Development), a caller without a key may also write unless
    /// <c>Clients:Anonymous:Write</c> says otherwise.
    /// </summary>
    public static ClientRegistry From(IConfigurationSection section, bool requireKeyByDefault)
    {
        ArgumentNullException.ThrowIfNull(section);
        var clients = new Dictionary<string, ClientOptions>(StringComparer.Ordinal);
        var anonymous = new ClientOptions { Write = !requireKeyByDefault };
        foreach (var child in section.GetChildren())
        {
            if (child.Key.Equals("RequireKey", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var isAnonymous = child.Key.Equals("Anonymous", StringComparison.OrdinalIgnoreCase);
            var options = isAnonymous ? anonymous : new ClientOptions();
            child.Bind(options);
            if (isAnonymous)
            {
                anonymous = options;
            }
            else
            {
                clients[child.Key] = options;
            }
        }

        return new ClientRegistry(section.GetValue("RequireKey", requireKeyByDefault), clients, anonymous);
    }

    /// <summary>
    /// The client whose key this is, or null. The key's SHA-256 is compared with every client's in constant time,
    /// so neither the match nor its position shows in how long the answer takes.
    /// </summary>
    public (string Name, ClientOptions Options)? FindByKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        (string, ClientOptions)? found = null;
        foreach (var (name, options, expected) in _keyed)
        {
            if (CryptographicOperations.FixedTimeEquals(hash, expected) && found is null)
            {
                found = (name, options);
            }
        }

        return found;
    }

    /// <summary>A client's options by name (the anonymous caller's for <see cref="AnonymousName"/>).</summary>
    public ClientOptions? Get(string name) =>
        name == AnonymousName ? Anonymous : _keyed.FirstOrDefault(client => client.Name == name).Options;

    private static byte[] HashOf(string name, ClientOptions options)
    {
        var hex = options.KeySha256?.Trim() ?? "";
        try
        {
            var hash = Convert.FromHexString(hex);
            return hash.Length == SHA256.HashSizeInBytes
                ? hash
                : throw new InvalidOperationException($"Clients:{name}:KeySha256 must be a SHA-256 as 64 hex digits.");
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"Clients:{name}:KeySha256 must be a SHA-256 as 64 hex digits.");
        }
    }
}
