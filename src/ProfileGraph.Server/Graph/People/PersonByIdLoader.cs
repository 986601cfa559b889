using System.Data.Common;
using ProfileGraph.GraphQL.DataLoader;
using ProfileGraph.People;

namespace ProfileGraph.Server.Graph.People;

/// <summary>Stored people by id (<c>person(id:)</c>, <c>node</c>, <c>_entities</c>), a batch in one store query.</summary>
public sealed class PersonByIdLoader(IBatchScheduler scheduler, IPersonStore store, PersonStoreFailures failures)
    : DataLoaderBase<string, PersonRecord?>(scheduler, new DataLoaderOptions { Name = "people-by-id" }, StringComparer.Ordinal)
{
    protected override async Task FetchAsync(IReadOnlyList<string> keys, BatchResults<PersonRecord?> results, CancellationToken cancellationToken)
    {
        IReadOnlyDictionary<string, PersonRecord> found;
        try
        {
            found = await store.FindByIdsAsync(keys, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is DbException or TimeoutException)
        {
            throw failures.Report(failure);
        }

        for (var index = 0; index < keys.Count; index++)
        {
            results.SetValue(index, found.GetValueOrDefault(keys[index]));
        }
    }
}
