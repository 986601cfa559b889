using System.Collections.Concurrent;
using ProfileGraph.Emulators.Data;

namespace ProfileGraph.Emulators.Slack;

/// <summary>
/// The workspace's users as this host serves them: the seeded data set (shared by every host of a seed, so never
/// changed) with the changes made through the admin API laid over it.
/// </summary>
public sealed class SlackUsers(EmulatorDataset dataset)
{
    private readonly ConcurrentDictionary<string, SlackUser> _changed = new(StringComparer.Ordinal);

    public SlackUser? Find(string id) => _changed.TryGetValue(id, out var changed) ? changed : dataset.SlackUsersById.GetValueOrDefault(id);

    /// <summary>Applies <paramref name="change"/> to the user; null when there is no such user.</summary>
    public SlackUser? Change(string id, SlackUserChange change, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (Find(id) is null)
        {
            return null;
        }

        return _changed.AddOrUpdate(id, _ => change.ApplyTo(Find(id)!, now), (_, earlier) => change.ApplyTo(earlier, now));
    }

    /// <summary>Back to the seeded users.</summary>
    public void Reset() => _changed.Clear();
}
