namespace ProfileGraph.GraphQL.Types;

/// <summary>An object type (spec §3.6).</summary>
public sealed class ObjectType : ComplexOutputType
{
    internal ObjectType(string name)
        : base(name)
    {
    }

    public override TypeKind Kind => TypeKind.Object;

    /// <summary>
    /// The CLR types whose instances are values of this type: bound explicitly or inferred from resolver return
    /// types. Abstract types resolve a value's object type from them.
    /// </summary>
    public IReadOnlyList<Type> RuntimeTypes { get; internal set; } = [];

    /// <summary>An explicit check that a value is of this type, for values no CLR type or <c>__typename</c> identifies.</summary>
    public Func<object, bool>? IsTypeOf { get; internal set; }
}
