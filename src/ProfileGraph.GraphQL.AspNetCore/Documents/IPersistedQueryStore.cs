namespace ProfileGraph.GraphQL.AspNetCore.Documents;

/// <summary>Where automatic persisted queries (Apollo's APQ) are kept by their SHA-256: bounded, shared by replicas where it can be.</summary>
public interface IPersistedQueryStore
{
    ValueTask<string?> GetAsync(string sha256, CancellationToken cancellationToken);

    ValueTask SetAsync(string sha256, string document, CancellationToken cancellationToken);
}
