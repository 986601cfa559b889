using ProfileGraph.GraphQL.Execution;

namespace ProfileGraph.Server.Paging;

/// <summary>A cursor this connection did not make (or made under another order): the client's error.</summary>
public sealed class InvalidCursorException(string argument, string cursor)
    : GraphQLException(
        $"The cursor \"{cursor}\" given as \"{argument}\" is not a cursor of this connection (or was made with another order).",
        ErrorCodes.BadUserInput,
        new Dictionary<string, object?> { ["argument"] = argument })
{
}
