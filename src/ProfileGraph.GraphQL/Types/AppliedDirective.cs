using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types;

/// <summary>
/// A directive applied to a schema element in SDL, e.g. <c>@key(fields: "id")</c>. <see cref="Arguments"/> holds
/// the literal of every argument given, plus the default of every argument left out that has one.
/// </summary>
public sealed class AppliedDirective : INamedElement
{
    internal AppliedDirective(DirectiveDefinition definition, IReadOnlyDictionary<string, ValueNode> arguments, DirectiveNode? syntaxNode)
    {
        Definition = definition;
        Arguments = arguments;
        SyntaxNode = syntaxNode;
    }

    public string Name => Definition.Name;

    public DirectiveDefinition Definition { get; }

    public IReadOnlyDictionary<string, ValueNode> Arguments { get; }

    public DirectiveNode? SyntaxNode { get; }

    public ValueNode? GetArgument(string name) => Arguments.GetValueOrDefault(name);

    /// <summary>The argument's value after input coercion against its definition (null when absent).</summary>
    public object? GetArgumentValue(string name) =>
        Arguments.TryGetValue(name, out var literal) && Definition.Arguments.TryGet(name, out var argument)
            ? InputCoercion.CoerceLiteral(literal, argument.Type)
            : null;

    public override string ToString() => SyntaxNode is null ? "@" + Name : SyntaxPrinter.Print(SyntaxNode);
}
