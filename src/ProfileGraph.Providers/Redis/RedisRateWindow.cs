using System.Globalization;
using StackExchange.Redis;

namespace ProfileGraph.Providers.Redis;

/// <summary>
/// A rolling-window rate limit held in Redis for every replica: a caller reserves the earliest moment at which its
/// request may leave so that no window of the limit's length holds more than its permits, on Redis's clock (replicas'
/// clocks may disagree; Redis's <c>TIME</c> is one). Reservations are handed out in order, so the last
/// <c>permits</c> of them, kept in a sorted set, say when the next may be; a pause the provider asked for is a key.
/// </summary>
internal sealed class RedisRateWindow(string name)
{
    // Times are microseconds on Redis's clock; scores are written with %.0f so no digit is lost.
    private const string ReserveScript = """
        local t = redis.call('TIME')
        local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
        local permits = tonumber(ARGV[1])
        local window = tonumber(ARGV[2])
        local slot = math.max(now, tonumber(redis.call('GET', KEYS[2]) or '0'))
        local count = redis.call('ZCARD', KEYS[1])
        if count > 0 then
          slot = math.max(slot, tonumber(redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')[2]))
          if count >= permits then
            slot = math.max(slot, tonumber(redis.call('ZRANGE', KEYS[1], -permits, -permits, 'WITHSCORES')[2]) + window)
          end
        end
        if slot - now > tonumber(ARGV[3]) then
          return {0, slot - now}
        end
        redis.call('ZADD', KEYS[1], string.format('%.0f', slot), ARGV[4])
        redis.call('ZREMRANGEBYRANK', KEYS[1], 0, -(permits + 1))
        redis.call('PEXPIRE', KEYS[1], math.ceil((slot - now + window) / 1000) + 1000)
        return {1, slot - now}
        """;

    private const string PauseScript = """
        local t = redis.call('TIME')
        local till = tonumber(t[1]) * 1000000 + tonumber(t[2]) + tonumber(ARGV[1])
        if till > tonumber(redis.call('GET', KEYS[1]) or '0') then
          redis.call('SET', KEYS[1], string.format('%.0f', till), 'PX', math.ceil(tonumber(ARGV[1]) / 1000) + 1000)
        end
        return 1
        """;

    // One hash slot for both keys, so the scripts also run on a Redis Cluster.
    private readonly RedisKey[] _keys = [$"profilegraph:limits:{{{name}}}:grants", $"profilegraph:limits:{{{name}}}:paused"];

    /// <summary>
    /// Reserves the next moment a request may leave, unless that is more than <paramref name="maxWait"/> away; either
    /// way, how long until that moment.
    /// </summary>
    public async Task<(bool Reserved, TimeSpan Wait)> ReserveAsync(IDatabase redis, int permits, TimeSpan window, TimeSpan maxWait)
    {
        var answer = (RedisResult[])(await redis.ScriptEvaluateAsync(
            ReserveScript,
            _keys,
            [permits, Micros(window), Micros(maxWait), Guid.NewGuid().ToString("N")]).ConfigureAwait(false))!;
        return ((long)answer[0] == 1, TimeSpan.FromTicks((long)answer[1] * 10));
    }

    /// <summary>No reservation before <paramref name="delay"/> from now, for any replica.</summary>
    public Task PauseAsync(IDatabase redis, TimeSpan delay) =>
        redis.ScriptEvaluateAsync(PauseScript, [_keys[1]], [Micros(delay)]);

    private static RedisValue Micros(TimeSpan span) =>
        ((long)Math.Min(span.TotalMicroseconds, long.MaxValue / 2)).ToString(CultureInfo.InvariantCulture);
}
