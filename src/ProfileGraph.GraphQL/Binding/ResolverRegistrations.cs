namespace ProfileGraph.GraphQL.Binding;

/// <summary>What a <see cref="Types.SchemaBuilder"/> was told about resolvers and runtime types, in order.</summary>
internal sealed class ResolverRegistrations
{
    public List<(Type ClrType, string TypeName, object? Instance)> Classes { get; } = [];

    public List<(string TypeName, string FieldName, Delegate Resolver)> Delegates { get; } = [];

    public List<(string TypeName, Type ClrType)> RuntimeTypes { get; } = [];

    public List<(string TypeName, Func<object, bool> IsTypeOf)> TypeChecks { get; } = [];

    public List<(string FieldName, Delegate Subscriber)> Subscribers { get; } = [];

    /// <summary>A copy that can take more registrations without changing this one (a builder may build more than once).</summary>
    public ResolverRegistrations Copy()
    {
        var copy = new ResolverRegistrations();
        copy.Classes.AddRange(Classes);
        copy.Delegates.AddRange(Delegates);
        copy.RuntimeTypes.AddRange(RuntimeTypes);
        copy.TypeChecks.AddRange(TypeChecks);
        copy.Subscribers.AddRange(Subscribers);
        return copy;
    }

    /// <summary>True once anything was registered: the schema is then meant to execute, and must be fully resolvable.</summary>
    public bool IsExecutable => Classes.Count + Delegates.Count + RuntimeTypes.Count + Subscribers.Count > 0;

    /// <summary>The GraphQL type a resolver class binds: <c>[GraphQLName]</c>, else its name without "Resolvers"/"Resolver".</summary>
    public static string TypeNameOf(Type resolverType)
    {
        if (ClrNames.Declared(resolverType) is { } declared)
        {
            return declared;
        }

        var name = resolverType.Name;
        foreach (var suffix in (string[])["Resolvers", "Resolver"])
        {
            if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }
}
