using ProfileGraph.People.Suggestions;
using ProfileGraph.Providers;

namespace ProfileGraph.People.Tests.Store;

/// <summary>What every store does, run on SQLite and on PostgreSQL by the subclasses.</summary>
public abstract class PersonStoreContract
{
    private static readonly AccountKey Slack = new(Provider.Slack, "U0001");
    private static readonly AccountKey WhatsApp = new(Provider.WhatsApp, "7222573809@c.us");
    private static readonly AccountKey Telegram = new(Provider.Telegram, "tg-1");
    private static readonly AccountKey Nandbox = new(Provider.Nandbox, "900001");

    /// <summary>A new store over an empty database, migrated.</summary>
    protected abstract Task<IPersonStore> CreateStoreAsync();

    /// <summary>A second store over the same database (another replica, or the service after a restart).</summary>
    protected abstract IPersonStore SecondStore(IPersonStore store);

    [Fact]
    public async Task Migrating_again_changes_nothing_and_keeps_the_data()
    {
        var store = await CreateStoreAsync();
        await store.LinkAsync([Slack, Telegram]);
        await store.MigrateAsync();
        var again = SecondStore(store);
        await again.MigrateAsync();
        var found = await again.FindByAccountsAsync([Slack]);
        Assert.Equal([Slack, Telegram], found[Slack].Accounts.Select(account => account.Account));
    }

    [Fact]
    public async Task The_same_phone_in_two_formats_links_accounts()
    {
        var store = await CreateStoreAsync();
        await store.ObserveAsync([new AccountObservation(Slack, "Ada Lovelace", "+7 (222) 573-809", "ada@example.com", EmailVerified: true)]);
        Assert.Empty(await store.FindByAccountsAsync([Slack]));
        await store.ObserveAsync([new AccountObservation(WhatsApp, "Ada", "+7222573809", null, EmailVerified: false)]);

        var found = await store.FindByAccountsAsync([Slack, WhatsApp]);
        Assert.Same(found[Slack], found[WhatsApp]);
        Assert.Equal([LinkReason.SamePhone, LinkReason.SamePhone], found[Slack].Accounts.Select(account => account.Reason));
        Assert.Equal([Slack, WhatsApp], found[Slack].Accounts.Select(account => account.Account).Order(AccountOrder.Instance));
    }

    [Fact]
    public async Task A_national_number_or_a_name_is_no_evidence()
    {
        var store = await CreateStoreAsync();
        await store.ObserveAsync(
        [
            new AccountObservation(Slack, "Ada Lovelace", "(555) 123-4567", null, false),
            new AccountObservation(Telegram, "Ada Lovelace", "(555) 123-4567", null, false),
            new AccountObservation(Nandbox, "Ada Lovelace", null, null, false),
        ]);

        Assert.Empty(await store.FindByAccountsAsync([Slack, Telegram, Nandbox]));
        var observed = await store.FindSimilarAsync([Slack], 50);
        var suggestions = SuggestionScoring.Suggest([Slack], observed, 5);
        Assert.Equal([Nandbox, Telegram], suggestions.Select(suggestion => suggestion.Account).Order(AccountOrder.Instance));
        Assert.All(suggestions, suggestion =>
        {
            Assert.Equal(0.9, suggestion.Score);
            Assert.Equal([SuggestionReason.SimilarName], suggestion.Reasons);
        });
    }

    [Fact]
    public async Task A_verified_email_on_both_sides_links_and_an_unverified_one_only_suggests()
    {
        var store = await CreateStoreAsync();
        var otherSlack = new AccountKey(Provider.Slack, "U0002");
        await store.ObserveAsync(
        [
            new AccountObservation(Slack, "Ada Lovelace", null, "Ada@Example.com ", true),
            new AccountObservation(otherSlack, "A. Lovelace", null, "ada@example.com", true),
            new AccountObservation(WhatsApp, "Harbour Bakery", null, "ada@example.com", false),
        ]);

        var found = await store.FindByAccountsAsync([Slack, otherSlack, WhatsApp]);
        Assert.Same(found[Slack], found[otherSlack]);
        Assert.All(found[Slack].Accounts, account => Assert.Equal(LinkReason.SameEmail, account.Reason));
        Assert.False(found.ContainsKey(WhatsApp));

        var suggestions = SuggestionScoring.Suggest([Slack, otherSlack], await store.FindSimilarAsync([Slack, otherSlack], 50), 5);
        var bakery = Assert.Single(suggestions);
        Assert.Equal(WhatsApp, bakery.Account);
        Assert.Equal([SuggestionReason.SameUnverifiedEmail], bakery.Reasons);
    }

    [Fact]
    public async Task Manual_links_round_trip_and_are_idempotent()
    {
        var store = await CreateStoreAsync();
        var person = await store.LinkAsync([Slack, Telegram]);
        Assert.All(person.Accounts, account => Assert.Equal(LinkReason.Manual, account.Reason));
        Assert.Equal(person.Id, (await store.LinkAsync([Telegram, Slack, Slack])).Id);

        var grown = await store.LinkAsync([Telegram, Nandbox]);
        Assert.Equal(person.Id, grown.Id);
        Assert.Equal([Slack, Telegram, Nandbox], grown.Accounts.Select(account => account.Account));

        Assert.Equal(person.Id, await store.UnlinkAsync(Telegram));
        Assert.Equal([Slack, Nandbox], (await store.FindByIdsAsync([person.Id]))[person.Id].Accounts.Select(account => account.Account));
        Assert.Null(await store.UnlinkAsync(Telegram));

        // One account is no link: the person is gone.
        Assert.Equal(person.Id, await store.UnlinkAsync(Nandbox));
        Assert.Empty(await store.FindByIdsAsync([person.Id]));
        Assert.Empty(await store.FindByAccountsAsync([Slack, Telegram, Nandbox]));
    }

    [Fact]
    public async Task An_unlinked_account_stays_out_of_automatic_links_until_linked_by_hand()
    {
        var store = await CreateStoreAsync();
        AccountObservation[] samePhone = [new(Slack, "Ada", "+7222573809", null, false), new(WhatsApp, "Ada", "+7222573809", null, false)];
        await store.ObserveAsync(samePhone);
        Assert.NotNull(await store.UnlinkAsync(WhatsApp));

        await store.ObserveAsync(samePhone);
        Assert.Empty(await store.FindByAccountsAsync([Slack, WhatsApp]));

        var person = await store.LinkAsync([Slack, WhatsApp]);
        await store.UnlinkAsync(Slack);
        await store.ObserveAsync(samePhone);
        Assert.Empty(await store.FindByIdsAsync([person.Id]));
        Assert.Empty(await store.FindByAccountsAsync([Slack, WhatsApp]));
    }

    [Fact]
    public async Task Linking_accounts_of_two_people_is_a_conflict_that_changes_nothing()
    {
        var store = await CreateStoreAsync();
        var first = await store.LinkAsync([Slack, Telegram]);
        var second = await store.LinkAsync([WhatsApp, Nandbox]);

        var conflict = await Assert.ThrowsAsync<PersonLinkConflictException>(() => store.LinkAsync([Telegram, WhatsApp]));
        Assert.Equal(first.Id, conflict.People[Telegram]);
        Assert.Equal(second.Id, conflict.People[WhatsApp]);
        var found = await store.FindByIdsAsync([first.Id, second.Id]);
        Assert.Equal(2, found[first.Id].Accounts.Count);
        Assert.Equal(2, found[second.Id].Accounts.Count);
    }

    [Fact]
    public async Task Strong_evidence_merges_two_people_into_the_older()
    {
        var store = await CreateStoreAsync();
        var older = await store.LinkAsync([Slack, Telegram]);
        var younger = await store.LinkAsync([WhatsApp, Nandbox]);
        await store.ObserveAsync([new(Slack, "Ada", "+7222573809", null, false), new(WhatsApp, "Ada", "+7 222 573 809", null, false)]);

        var found = await store.FindByIdsAsync([older.Id, younger.Id]);
        Assert.False(found.ContainsKey(younger.Id));
        Assert.Equal([Nandbox, Slack, Telegram, WhatsApp], found[older.Id].Accounts.Select(account => account.Account).Order(AccountOrder.Instance));
    }

    [Fact]
    public async Task Concurrent_links_of_overlapping_sets_from_two_stores_end_consistent()
    {
        var store = await CreateStoreAsync();
        var replica = SecondStore(store);
        var accounts = Enumerable.Range(0, 24).Select(i => new AccountKey(Provider.Telegram, "tg-" + i)).ToArray();

        // Pairs that overlap (i, i+1) and triples across them, from both stores at once.
        var requests = Enumerable.Range(0, accounts.Length - 1).Select(i => (AccountKey[])[accounts[i], accounts[i + 1]])
            .Concat(Enumerable.Range(0, accounts.Length - 2).Where(i => i % 3 == 0).Select(i => (AccountKey[])[accounts[i], accounts[i + 2], accounts[(i + 7) % accounts.Length]]))
            .ToArray();
        var outcomes = await Task.WhenAll(requests.Select((request, index) => Task.Run(async () =>
        {
            try
            {
                await (index % 2 == 0 ? store : replica).LinkAsync(request);
                return true;
            }
            catch (PersonLinkConflictException)
            {
                return false;
            }
        })));

        var found = await store.FindByAccountsAsync(accounts);
        Assert.Contains(true, outcomes);

        // Every link that succeeded holds (nothing was lost), and every person is whole: each account in one person at
        // most, and each person's accounts all point back to it.
        for (var i = 0; i < requests.Length; i++)
        {
            if (outcomes[i])
            {
                Assert.Single(requests[i].Select(account => found[account].Id).Distinct());
            }
        }

        foreach (var person in found.Values)
        {
            Assert.True(person.Accounts.Count >= 2);
            Assert.All(person.Accounts, account => Assert.Equal(person.Id, found[account.Account].Id));
        }

        var people = await store.FindByIdsAsync([.. found.Values.Select(person => person.Id).Distinct()]);
        Assert.Equal(found.Count, people.Values.Sum(person => person.Accounts.Count));
    }

    [Fact]
    public async Task A_hundred_accounts_are_found_in_one_query()
    {
        var store = await CreateStoreAsync();
        var accounts = Enumerable.Range(0, 100).Select(i => new AccountKey(Provider.Slack, "U" + i)).ToArray();
        for (var i = 0; i < 100; i += 10)
        {
            await store.LinkAsync(accounts[i..(i + 5)]);
        }

        var (calls, commands) = (store.Statistics.Calls, store.Statistics.Commands);
        var found = await store.FindByAccountsAsync(accounts);
        Assert.Equal(50, found.Count);
        Assert.Equal(1, store.Statistics.Calls - calls);
        Assert.Equal(1, store.Statistics.Commands - commands);
    }

    private sealed class AccountOrder : IComparer<AccountKey>
    {
        public static readonly AccountOrder Instance = new();

        public int Compare(AccountKey x, AccountKey y) => string.CompareOrdinal(x.ToString(), y.ToString());
    }
}
