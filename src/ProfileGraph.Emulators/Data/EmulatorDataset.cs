using System.Collections.Concurrent;
using ProfileGraph.Emulators.Nandbox;
using ProfileGraph.Emulators.Slack;
using ProfileGraph.Emulators.Telegram;
using ProfileGraph.Emulators.WhatsApp;

namespace ProfileGraph.Emulators.Data;

/// <summary>
/// The users every emulator serves, generated from a seed: the same seed always gives the same data.
/// Generated once per seed and shared, so tests can compare answers against it in-process.
/// </summary>
public sealed class EmulatorDataset
{
    public const int DefaultSeed = 20240611;
    public const int TelegramUserCount = 10_000;
    public const int SlackUserCount = 2_000;
    public const int WhatsAppContactCount = 500;
    public const int NandboxUserCount = 1_000;

    private static readonly ConcurrentDictionary<int, Lazy<EmulatorDataset>> BySeed = new();

    internal EmulatorDataset(
        int seed,
        string slackTeamId,
        IReadOnlyDictionary<string, string> slackFieldLabels,
        IReadOnlyList<TelegramUser> telegramUsers,
        IReadOnlyList<SlackUser> slackUsers,
        IReadOnlyList<WhatsAppContact> whatsAppContacts,
        IReadOnlyList<NandboxUser> nandboxUsers,
        IReadOnlyList<LinkedPerson> linkedPeople)
    {
        Seed = seed;
        SlackTeamId = slackTeamId;
        SlackFieldLabels = slackFieldLabels;
        _telegram = new TelegramDirectory(telegramUsers, telegramUsers.ToDictionary(user => user.Key, StringComparer.Ordinal));
        SlackUsers = slackUsers;
        WhatsAppContacts = whatsAppContacts;
        NandboxUsers = nandboxUsers;
        LinkedPeople = linkedPeople;
        SlackUsersById = slackUsers.ToDictionary(user => user.Id, StringComparer.Ordinal);
        WhatsAppContactsByChatId = whatsAppContacts.ToDictionary(contact => contact.ChatId, StringComparer.Ordinal);
        NandboxUsersById = nandboxUsers.ToDictionary(user => user.Id, StringComparer.Ordinal);
    }

    // A copy that shares every record and lookup, but whose changes are its own.
    private EmulatorDataset(EmulatorDataset source)
    {
        Seed = source.Seed;
        SlackTeamId = source.SlackTeamId;
        SlackFieldLabels = source.SlackFieldLabels;
        _telegram = source._telegram;
        SlackUsers = source.SlackUsers;
        WhatsAppContacts = source.WhatsAppContacts;
        NandboxUsers = source.NandboxUsers;
        LinkedPeople = source.LinkedPeople;
        SlackUsersById = source.SlackUsersById;
        WhatsAppContactsByChatId = source.WhatsAppContactsByChatId;
        NandboxUsersById = source.NandboxUsersById;
    }

    /// <summary>
    /// This data set for one emulator host: the seeded records are shared (a seed's data set is generated once per
    /// process), while changes made through the admin API stay with that host.
    /// </summary>
    public EmulatorDataset ForHost() => new(this);

    /// <summary>
    /// Replaces a Telegram user (the admin API's change, as a person renaming themselves): the list and the lookups swap
    /// together, so a reader sees the old directory or the new one. False when no user has that key.
    /// </summary>
    public bool ReplaceTelegramUser(TelegramUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        lock (_telegramGate)
        {
            var current = _telegram;
            if (!current.ByKey.ContainsKey(user.Key))
            {
                return false;
            }

            TelegramUser[] users = [.. current.Users.Select(known => known.Key == user.Key ? user : known)];
            _telegram = new TelegramDirectory(users, users.ToDictionary(known => known.Key, StringComparer.Ordinal));
            return true;
        }
    }

    /// <summary>The data set of <see cref="DefaultSeed"/>.</summary>
    public static EmulatorDataset Default => ForSeed(DefaultSeed);

    private readonly Lock _telegramGate = new();
    private volatile TelegramDirectory _telegram;

    public int Seed { get; }

    public string SlackTeamId { get; }

    /// <summary>Custom profile field id to its label, as <c>include_labels</c> reports it.</summary>
    public IReadOnlyDictionary<string, string> SlackFieldLabels { get; }

    /// <summary>In the order the list endpoint returns them.</summary>
    public IReadOnlyList<TelegramUser> TelegramUsers => _telegram.Users;

    public IReadOnlyDictionary<string, TelegramUser> TelegramUsersByKey => _telegram.ByKey;

    /// <summary>Humans, deactivated users and bots.</summary>
    public IReadOnlyList<SlackUser> SlackUsers { get; }

    public IReadOnlyDictionary<string, SlackUser> SlackUsersById { get; }

    /// <summary>Private and business contacts, keyed by <c>chatId</c> ("&lt;digits&gt;@c.us").</summary>
    public IReadOnlyList<WhatsAppContact> WhatsAppContacts { get; }

    public IReadOnlyDictionary<string, WhatsAppContact> WhatsAppContactsByChatId { get; }

    public IReadOnlyList<NandboxUser> NandboxUsers { get; }

    public IReadOnlyDictionary<string, NandboxUser> NandboxUsersById { get; }

    /// <summary>People present on two or more providers.</summary>
    public IReadOnlyList<LinkedPerson> LinkedPeople { get; }

    /// <summary>The data set of a seed, generated on first use and then shared.</summary>
    public static EmulatorDataset ForSeed(int seed) =>
        BySeed.GetOrAdd(seed, static s => new Lazy<EmulatorDataset>(() => new EmulatorDatasetGenerator(s).Generate())).Value;

    private sealed record TelegramDirectory(IReadOnlyList<TelegramUser> Users, IReadOnlyDictionary<string, TelegramUser> ByKey);
}
