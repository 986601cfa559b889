using System.Collections.Concurrent;
using ProfileGraph.Server.Graph.Users;

namespace ProfileGraph.Server.Events;

/// <summary>The users some <c>userChanged</c> subscription listens to, counted per subscription, for the refresher to poll.</summary>
public sealed class SubscribedUsers
{
    private readonly ConcurrentDictionary<UserRef, int> _counts = new();

    /// <summary>Counts <paramref name="users"/> as listened to until the returned handle is disposed.</summary>
    public IDisposable Add(IReadOnlyCollection<UserRef> users)
    {
        ArgumentNullException.ThrowIfNull(users);
        foreach (var user in users)
        {
            _counts.AddOrUpdate(user, 1, (_, count) => count + 1);
        }

        return new Release(this, users);
    }

    public IReadOnlyList<UserRef> Snapshot() => [.. _counts.Keys];

    private void Remove(IReadOnlyCollection<UserRef> users)
    {
        foreach (var user in users)
        {
            if (_counts.AddOrUpdate(user, 0, (_, count) => count - 1) <= 0)
            {
                _counts.TryRemove(new KeyValuePair<UserRef, int>(user, 0));
            }
        }
    }

    private sealed class Release(SubscribedUsers owner, IReadOnlyCollection<UserRef> users) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                owner.Remove(users);
            }
        }
    }
}
