using System.Data.Common;
using ProfileGraph.GraphQL.DataLoader;
using ProfileGraph.People;
using ProfileGraph.People.Suggestions;
using ProfileGraph.Server.Graph.Users;

namespace ProfileGraph.Server.Graph.People;

/// <summary>
/// Each person's suggestions, best first: the observed accounts of a batch's people and those with the same family
/// name or e-mail address in one store query, scored here. No provider is asked.
/// </summary>
public sealed class SuggestionLoader(IBatchScheduler scheduler, IPersonStore store, PersonStoreFailures failures)
    : DataLoaderBase<ProfilePerson, IReadOnlyList<SuggestedUser>>(scheduler, new DataLoaderOptions { Name = "person-suggestions" }, PersonIdComparer.Instance)
{
    /// <summary>The most suggestions a person gets.</summary>
    public const int Most = 20;

    /// <summary>Observed rows read per person of a batch: bounds the work a common family name can cause.</summary>
    private const int RowsPerPerson = 200;

    protected override async Task FetchAsync(IReadOnlyList<ProfilePerson> keys, BatchResults<IReadOnlyList<SuggestedUser>> results, CancellationToken cancellationToken)
    {
        IReadOnlyList<ObservedAccount> observed;
        try
        {
            var accounts = keys.SelectMany(person => person.AccountRefs).Select(account => new AccountKey(account.Provider, account.Id)).Distinct().ToList();
            observed = await store.FindSimilarAsync(accounts, RowsPerPerson * keys.Count, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is DbException or TimeoutException)
        {
            throw failures.Report(failure);
        }

        for (var index = 0; index < keys.Count; index++)
        {
            var own = keys[index].AccountRefs.Select(account => new AccountKey(account.Provider, account.Id)).ToHashSet();
            results.SetValue(index, [.. SuggestionScoring.Suggest(own, observed, Most)
                .Select(suggestion => new SuggestedUser(new UserRef(suggestion.Account.Provider, suggestion.Account.Id), suggestion.Score, suggestion.Reasons))]);
        }
    }

    private sealed class PersonIdComparer : IEqualityComparer<ProfilePerson>
    {
        public static readonly PersonIdComparer Instance = new();

        public bool Equals(ProfilePerson? x, ProfilePerson? y) => x?.Id == y?.Id;

        public int GetHashCode(ProfilePerson obj) => StringComparer.Ordinal.GetHashCode(obj.Id);
    }
}
