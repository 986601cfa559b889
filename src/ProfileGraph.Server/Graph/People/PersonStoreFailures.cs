using ProfileGraph.GraphQL.Execution;

namespace ProfileGraph.Server.Graph.People;

/// <summary>
/// A store that cannot be reached fails the fields that need it with PERSON_STORE_UNAVAILABLE; its cause is logged at
/// most once a minute, not once per request.
/// </summary>
public sealed partial class PersonStoreFailures(ILogger<PersonStoreFailures> logger, TimeProvider time)
{
    private long _lastLogged = long.MinValue;

    public GraphQLException Report(Exception failure)
    {
        var now = time.GetTimestamp();
        var last = Interlocked.Read(ref _lastLogged);
        if ((last == long.MinValue || time.GetElapsedTime(last, now) > TimeSpan.FromMinutes(1)) && Interlocked.CompareExchange(ref _lastLogged, now, last) == last)
        {
            LogUnavailable(logger, failure);
        }

        return PersonErrors.Unavailable(failure);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The person store is unavailable: fields that need it fail with PERSON_STORE_UNAVAILABLE")]
    private static partial void LogUnavailable(ILogger logger, Exception failure);
}
