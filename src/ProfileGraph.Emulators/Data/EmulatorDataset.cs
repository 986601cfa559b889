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
        TelegramUsers = telegramUsers;
        SlackUsers = slackUsers;
        WhatsAppContacts = whatsAppContacts;
        NandboxUsers = nandboxUsers;
        LinkedPeople = linkedPeople;
        TelegramUsersByKey = telegramUsers.ToDictionary(user => user.Key, StringComparer.Ordinal);
        SlackUsersById = slackUsers.ToDictionary(user => user.Id, StringComparer.Ordinal);
        WhatsAppContactsByChatId = whatsAppContacts.ToDictionary(contact => contact.ChatId, StringComparer.Ordinal);
        NandboxUsersById = nandboxUsers.ToDictionary(user => user.Id, StringComparer.Ordinal);
    }

    /// <summary>The data set of <see cref="DefaultSeed"/>.</summary>
    public static EmulatorDataset Default => ForSeed(DefaultSeed);

    public int Seed { get; }

    public string SlackTeamId { get; }

    /// <summary>Custom profile field id to its label, as <c>include_labels</c> reports it.</summary>
    public IReadOnlyDictionary<string, string> SlackFieldLabels { get; }

    /// <summary>In the order the list endpoint returns them.</summary>
    public IReadOnlyList<TelegramUser> TelegramUsers { get; }

    public IReadOnlyDictionary<string, TelegramUser> TelegramUsersByKey { get; }

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
}
