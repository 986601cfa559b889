using System.Security.Cryptography;
using System.Text;

namespace ProfileGraph.People.Evidence;

/// <summary>
/// The store matches phone numbers and e-mail addresses by equality only, so it keeps their SHA-256 and never the
/// values: a copy of the database lists no one's contact details.
/// </summary>
public static class EvidenceHash
{
    public static string? OfPhone(string? phone) => PhoneNumbers.ToE164(phone) is { } e164 ? Hash("phone:" + e164) : null;

    public static string? OfEmail(string? email) => EmailAddresses.Normalize(email) is { } address ? Hash("email:" + address) : null;

    private static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
