using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ProfileGraph.Server.Events;

/// <summary>
/// Slack's request signing: <c>X-Slack-Signature</c> must be <c>v0=</c> and the hex HMAC-SHA256, keyed with the
/// signing secret, of <c>v0:{X-Slack-Request-Timestamp}:{raw body}</c>, compared in constant time; the timestamp must be
/// within five minutes of now; and a signature accepted once is refused while its timestamp is in that window (a replay).
/// </summary>
public sealed class SlackRequestVerifier
{
    /// <summary>Slack's advice: refuse requests whose timestamp is more than five minutes from now.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    private const string Version = "v0";
    private const int MaxRemembered = 100_000;

    private readonly byte[]? _secret;
    private readonly TimeProvider _time;
    private readonly AcceptedSignatures _accepted = new(MaxRemembered);

    public SlackRequestVerifier(IOptions<SlackEventsOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _secret = options.Value.Enabled ? Encoding.UTF8.GetBytes(options.Value.SigningSecret!) : null;
        _time = time;
    }

    /// <summary>Why the request must be refused, or null when it is Slack's and new.</summary>
    public string? Refuse(string? timestamp, string? signature, ReadOnlySpan<byte> body)
    {
        if (_secret is null)
        {
            return "Slack events are disabled: no signing secret is configured";
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return "missing or malformed X-Slack-Request-Timestamp";
        }

        var now = _time.GetUtcNow().ToUnixTimeSeconds();
        if (Math.Abs(now - seconds) > Window.TotalSeconds)
        {
            return "X-Slack-Request-Timestamp is more than 5 minutes from now";
        }

        if (signature is not { Length: 3 + (2 * SHA256.HashSizeInBytes) } || !signature.StartsWith(Version + "=", StringComparison.Ordinal)
            || !TryParseHex(signature.AsSpan(3), out var claimed))
        {
            return "missing or malformed X-Slack-Signature";
        }

        if (!CryptographicOperations.FixedTimeEquals(claimed, Sign(timestamp!, body)))
        {
            return "X-Slack-Signature does not match the request";
        }

        // Remembered by its bytes, so the same signature in other letter case is the same replay.
        return _accepted.TryAccept(Convert.ToHexStringLower(claimed), seconds + (long)Window.TotalSeconds, now) ? null : "this request was already received (a replay)";
    }

    private byte[] Sign(string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"{Version}:{timestamp}:");
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _secret!);
        hmac.AppendData(prefix);
        hmac.AppendData(body);
        return hmac.GetHashAndReset();
    }

    private static bool TryParseHex(ReadOnlySpan<char> hex, out byte[] bytes)
    {
        bytes = new byte[hex.Length / 2];
        return Convert.FromHexString(hex, bytes, out _, out var written) == System.Buffers.OperationStatus.Done && written == bytes.Length;
    }
}
