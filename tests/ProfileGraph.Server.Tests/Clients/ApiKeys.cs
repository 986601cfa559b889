using System.Security.Cryptography;
using System.Text;

namespace ProfileGraph.Server.Tests.Clients;

/// <summary>What a client's configuration holds of its key: its SHA-256, as hex.</summary>
internal static class ApiKeys
{
    public static string Sha256(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
