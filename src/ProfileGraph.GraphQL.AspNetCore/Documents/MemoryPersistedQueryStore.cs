using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace ProfileGraph.GraphQL.AspNetCore.Documents;

/// <summary>The in-process store of automatic persisted queries: at most <see cref="GraphQLHttpOptions.MaxPersistedQueries"/>, least recently used first out.</summary>
internal sealed class MemoryPersistedQueryStore(IOptions<GraphQLHttpOptions> options) : IPersistedQueryStore, IDisposable
{
    private readonly MemoryCache _documents = new(new MemoryCacheOptions { SizeLimit = options.Value.MaxPersistedQueries });

    public ValueTask<string?> GetAsync(string sha256, CancellationToken cancellationToken) => ValueTask.FromResult(_documents.Get<string>(sha256));

    public ValueTask SetAsync(string sha256, string document, CancellationToken cancellationToken)
    {
        _documents.Set(sha256, document, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(24) });
        return ValueTask.CompletedTask;
    }

    public void Dispose() => _documents.Dispose();
}
