using ProfileGraph.People;
using ProfileGraph.Providers;
using ProfileGraph.Server.Graph.Users;

namespace ProfileGraph.Server.Graph.People;

/// <summary>The <c>Person</c> type's parent: a stored person, or an account linked to no other as a person of its own.</summary>
public sealed class ProfilePerson
{
    private ProfilePerson(string id, IReadOnlyList<UserRef> accounts, IReadOnlyList<PersonLink> links)
    {
        Id = id;
        AccountRefs = accounts;
        Links = links;
    }

    public string Id { get; }

    public IReadOnlyList<PersonLink> Links { get; }

    /// <summary>The accounts, in the order they were linked.</summary>
    internal IReadOnlyList<UserRef> AccountRefs { get; }

    /// <summary>The accounts in the precedence merged fields read them by: Slack, Telegram, nandbox, WhatsApp.</summary>
    internal IEnumerable<UserRef> ByPrecedence => AccountRefs.OrderBy(account => Precedence(account.Provider));

    public static ProfilePerson Of(PersonRecord person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var links = person.Accounts.Select(account => new PersonLink(new UserRef(account.Account.Provider, account.Account.Id), account.Reason, account.LinkedAt)).ToList();
        return new ProfilePerson(GlobalId.ForPerson(person.Id), [.. links.Select(link => link.AccountRef)], links);
    }

    /// <summary>The person of <paramref name="account"/>: its stored person, or the account alone.</summary>
    public static ProfilePerson Of(PersonRecord? person, UserRef account) =>
        person is not null ? Of(person) : new ProfilePerson(GlobalId.ForPersonOf(account), [account], []);

    // Slack's workspace profiles carry the names people use at work and verified e-mail addresses; a WhatsApp
    // contact's name is whatever an address book or a business profile says, and costs the slowest call.
    private static int Precedence(Provider provider) => provider switch
    {
        Provider.Slack => 0,
        Provider.Telegram => 1,
        Provider.Nandbox => 2,
        _ => 3,
    };
}
