using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using ProfileGraph.Providers.Redis;
using StackExchange.Redis;

namespace ProfileGraph.Server.Events;

/// <summary>
/// Slack's request signing: <c>X-Slack-Signature</c> must be <c>v0=</c> and the hex HMAC-SHA256, keyed with the
/// signing secret, of <c>v0:{X-Slack-Request-Timestamp}:{raw body}</c>, compared in constant time; the timestamp must be
/// within five minutes of now; and a signature accepted once is refused while its timestamp is in that window (a replay),
/// by this replica and, with Redis, by every other.
/// </summary>
public sealed class SlackRequestVerifier
{
    /// <summary>Slack's advice: refuse requests whose timestamp is more than five minutes from now.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    private const string Version = "v0";
    private const int MaxRemembered = 100_000;
    private const string Replay = "this request was already received (a replay)";

    private readonly byte[]? _secret;
    private readonly TimeProvider _time;
    private readonly AcceptedSignatures _accepted = new(MaxRemembered);
    private readonly RedisConnection? _redis;

    public SlackRequestVerifier(IOptions<SlackEventsOptions> options, TimeProvider time, RedisConnection? redis = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _secret = options.Value.Enabled ? Encoding.UTF8.GetBytes(options.Value.SigningSecret!) : null;
        _time = time;
        _redis = redis;
    }

    /// <summary>Why the request must be refused, or null when it is Slack's and new (to every replica, with Redis).</summary>
    public async Task<string?> RefuseAsync(string? timestamp, string? signature, ReadOnlyMemory<byte> body)
    {
        var refusal = Refuse(timestamp, signature, body.Span, out var accepted);
        if (refusal is not null || _redis is null)
        {
            return refusal;
        }

        try
        {
            // A replay sent to another replica: the first replica to accept a signature claims it in Redis for the window.
            var claimed = await (await _redis.ConnectAsync().ConfigureAwait(false)).GetDatabase()
                .StringSetAsync("profilegraph:v1:slack-signature:" + accepted, 1, Window + Window, When.NotExists).ConfigureAwait(false);
            return claimed ? null : Replay;
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            // Redis down: this replica's own memory of signatures still refuses replays sent to it.
            return null;
        }
    }

    private string? Refuse(string? timestamp, string? signature, ReadOnlySpan<byte> body, out string accepted)
    {
        accepted = "";
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
        accepted = Convert.ToHexStringLower(claimed);
        return _accepted.TryAccept(accepted, seconds + (long)Window.TotalSeconds, now) ? null : Replay;
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
