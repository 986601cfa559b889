using ProfileGraph.Server.Events;

namespace ProfileGraph.Server.Tests.Events;

/// <summary>Reads a feed subscription one change at a time, each within a deadline, so a test can say "exactly these, in order".</summary>
internal sealed class FeedReader : IAsyncDisposable
{
    private readonly CancellationTokenSource _end = new();
    private readonly IAsyncEnumerator<ProfileChange> _changes;

    public FeedReader(ProfileChangeFeed feed)
    {
        _changes = feed.SubscribeAsync(_end.Token).GetAsyncEnumerator();
    }

    public async Task<ProfileChange> NextAsync()
    {
        var next = _changes.MoveNextAsync().AsTask();
        var finished = await Task.WhenAny(next, Task.Delay(TimeSpan.FromSeconds(10)));
        Assert.True(finished == next, "no change arrived within 10 s");
        Assert.True(await next, "the subscription ended");
        return _changes.Current;
    }

    public async ValueTask DisposeAsync()
    {
        await _end.CancelAsync();
        await _changes.DisposeAsync();
        _end.Dispose();
    }
}
