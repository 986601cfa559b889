using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types;

/// <summary>
/// A scalar type (spec §3.5). Custom scalars subclass this and override the three coercions; a scalar declared in
/// SDL without a registered implementation passes JSON values through unchanged, as graphql-js does.
/// </summary>
public class ScalarType : LeafType
{
    public ScalarType(string name, string? description = null, string? specifiedByUrl = null)
        : base(name, description)
    {
        SpecifiedByUrl = specifiedByUrl;
    }

    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>The URL of the scalar's specification, from <c>@specifiedBy(url:)</c>.</summary>
    public string? SpecifiedByUrl { get; private set; }

    public override object? Serialize(object? value) => value;

    public override object? ParseLiteral(ValueNode literal) => LiteralValues.ToUntyped(literal);

    protected override object? ParseClrValue(object value) => value;

    /// <summary>
    /// A copy carrying what one schema's SDL says about the scalar, so that a registered instance (and its
    /// coercion) can serve several schemas without being changed.
    /// </summary>
    internal ScalarType WithDefinition(string? description, string? specifiedByUrl, IReadOnlyList<TypeDefinitionNode> syntaxNodes)
    {
        var copy = (ScalarType)MemberwiseClone();
        copy.Description = description ?? Description;
        copy.SpecifiedByUrl = specifiedByUrl ?? SpecifiedByUrl;
        copy.SyntaxNodes = syntaxNodes;
        return copy;
    }

    /// <summary>The error for a value this scalar cannot represent, worded as graphql-js words it.</summary>
    protected GraphQLCoercionException CannotRepresent(string what, object? value) =>
        new($"{Name} cannot represent {what}: {ValueInspector.Inspect(value)}");

    /// <summary>The error for a literal this scalar cannot represent; literals are shown as printed GraphQL.</summary>
    protected GraphQLCoercionException CannotRepresent(string what, ValueNode literal) =>
        new($"{Name} cannot represent {what}: {SyntaxPrinter.Print(literal)}");
}
