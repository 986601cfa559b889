using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types;

/// <summary>Collects schema errors as building and validation find them, each located at the nodes involved.</summary>
internal sealed class SchemaErrors
{
    private readonly List<SchemaError> _errors = [];

    public IReadOnlyList<SchemaError> All => _errors;

    public void Report(string message, params IEnumerable<SyntaxNode?> nodes) =>
        _errors.Add(new SchemaError(message, [.. nodes.Where(n => n?.Location is not null).Select(n => n!.Location!.Value)]));
}
