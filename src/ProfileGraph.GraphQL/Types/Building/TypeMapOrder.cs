namespace ProfileGraph.GraphQL.Types;

/// <summary>
/// The named types of a schema in the order graphql-js 16's <c>schema.getTypeMap()</c> has them, which is the order
/// introspection lists them in: each defined type followed by the types first reached through it (built-in and
/// registered scalars, introspection types), then types reached only from directive arguments, then the
/// introspection types reached from <c>__Schema</c>. So <c>String</c> and <c>Boolean</c>, which the built-in
/// directives and introspection use, are always there.
/// </summary>
internal static class TypeMapOrder
{
    public static List<NamedType> Collect(IReadOnlyList<NamedType> definedTypes, IEnumerable<DirectiveDefinition> directives)
    {
        // Defined types count as reached from the start, so a reference never moves one ahead of its definition.
        var reached = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in definedTypes)
        {
            reached.Add(type.Name);
        }

        var order = new List<NamedType>(definedTypes.Count + Introspection.Types.Count + 2);
        foreach (var type in definedTypes)
        {
            order.Add(type);
            AddReferencedTypes(type, reached, order);
        }

        // Root types need no pass of their own: they are always defined types.
        foreach (var directive in directives)
        {
            foreach (var argument in directive.Arguments)
            {
                Add(argument.Type, reached, order);
            }
        }

        Add(Introspection.SchemaType, reached, order);
        return order;
    }

    private static void Add(GraphQLType type, HashSet<string> reached, List<NamedType> order)
    {
        var named = type.GetNamedType();
        if (reached.Add(named.Name))
        {
            order.Add(named);
            AddReferencedTypes(named, reached, order);
        }
    }

    private static void AddReferencedTypes(NamedType type, HashSet<string> reached, List<NamedType> order)
    {
        switch (type)
        {
            case UnionType union:
                foreach (var member in union.Types)
                {
                    Add(member, reached, order);
                }

                break;
            case ComplexOutputType complex:
                foreach (var @interface in complex.Interfaces)
                {
                    Add(@interface, reached, order);
                }

                foreach (var field in complex.Fields)
                {
                    Add(field.Type, reached, order);
                    foreach (var argument in field.Arguments)
                    {
                        Add(argument.Type, reached, order);
                    }
                }

                break;
            case InputObjectType inputObject:
                foreach (var field in inputObject.Fields)
                {
                    Add(field.Type, reached, order);
                }

                break;
        }
    }
}
