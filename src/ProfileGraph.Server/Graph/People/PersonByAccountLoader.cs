using System.Data.Common;
using ProfileGraph.GraphQL.DataLoader;
using ProfileGraph.People;
using ProfileGraph.Server.Graph.Users;

namespace ProfileGraph.Server.Graph.People;

/// <summary>
/// The stored person of each account of a batch, in one store query. Users whose <c>person</c> is asked for first offer
/// their evidence (<see cref="Observe"/>); the batch writes what is new to the store (which links on it) before it reads,
/// so an account's person already reflects its own phone and e-mail address.
/// </summary>
public sealed class PersonByAccountLoader(IBatchScheduler scheduler, IPersonStore store, RecordedEvidence recorded, PersonStoreFailures failures)
    : DataLoaderBase<UserRef, PersonRecord?>(scheduler, new DataLoaderOptions { Name = "people" }, null)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<AccountKey, AccountObservation> _pending = [];

    /// <summary>Queues the user's evidence for the next batch, unless this process wrote the same already.</summary>
    public void Observe(ProfileUser user)
    {
        if (AccountEvidence.Of(user) is { } observation && !recorded.IsRecorded(observation))
        {
            lock (_gate)
            {
                _pending[observation.Account] = observation;
            }
        }
    }

    protected override async Task FetchAsync(IReadOnlyList<UserRef> keys, BatchResults<PersonRecord?> results, CancellationToken cancellationToken)
    {
        AccountObservation[] observations;
        lock (_gate)
        {
            observations = [.. _pending.Values];
            _pending.Clear();
        }

        IReadOnlyDictionary<AccountKey, PersonRecord> found;
        try
        {
            if (observations.Length > 0)
            {
                await store.ObserveAsync(observations, cancellationToken).ConfigureAwait(false);
                recorded.Remember(observations);
            }

            found = await store.FindByAccountsAsync([.. keys.Select(Key)], cancellationToken).ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is DbException or TimeoutException)
        {
            throw failures.Report(failure);
        }

        for (var index = 0; index < keys.Count; index++)
        {
            results.SetValue(index, found.GetValueOrDefault(Key(keys[index])));
        }
    }

    private static AccountKey Key(UserRef user) => new(user.Provider, user.Id);
}
