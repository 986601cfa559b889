using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Execution.CacheControl;

/// <summary>
/// How long a response may be reused, and by whom: the smallest max-age of its fields' hints and the narrowest
/// scope. A null <see cref="MaxAge"/> means no field gave one (nothing to cache by); only a positive max-age makes a
/// response reusable.
/// </summary>
public sealed record CachePolicy(int? MaxAge, CacheControlScope Scope)
{
    /// <summary>Nothing said yet: no max-age, public.</summary>
    public static CachePolicy Unrestricted { get; } = new(null, CacheControlScope.Public);

    public bool IsCacheable => MaxAge > 0;

    /// <summary>This policy narrowed by <paramref name="hint"/>: the smaller max-age, private if either is.</summary>
    public CachePolicy Restrict(CacheHint hint)
    {
        var maxAge = hint.MaxAge is { } age && (MaxAge is null || age < MaxAge) ? age : MaxAge;
        var scope = hint.Scope == CacheControlScope.Private ? CacheControlScope.Private : Scope;
        return maxAge == MaxAge && scope == Scope ? this : new CachePolicy(maxAge, scope);
    }
}

/// <summary>
/// A value of the response's <c>extensions</c> that bears on its reuse: when execution ends, every extension that
/// implements this narrows the response's <see cref="CachePolicy"/> (a resolver that served data past its freshness
/// reports it with a max-age of 0, say).
/// </summary>
public interface IResultCacheHint
{
    CacheHint CacheHint { get; }
}
