namespace ProfileGraph.GraphQL.Language;

/// <summary>
/// The one exception the lexer and parser throw for malformed input. <see cref="Exception.Message"/> reads
/// "Syntax Error: ..." as in graphql-js; <see cref="Line"/> and <see cref="Column"/> are 1-based.
/// </summary>
public sealed class GraphQLSyntaxError : Exception
{
    public GraphQLSyntaxError(string description, int position, int line, int column)
        : base("Syntax Error: " + description)
    {
        Description = description;
        Position = position;
        Line = line;
        Column = column;
    }

    /// <summary>The message without its "Syntax Error: " prefix.</summary>
    public string Description { get; }

    /// <summary>The UTF-8 byte offset of the error in the source.</summary>
    public int Position { get; }

    public int Line { get; }

    public int Column { get; }
}
