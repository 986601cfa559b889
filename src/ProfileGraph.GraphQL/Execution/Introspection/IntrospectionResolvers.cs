using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Execution.Introspection;

/// <summary>
/// The resolvers of the introspection types (spec §4.2, https://spec.graphql.org/September2025/#sec-Schema-Introspection).
/// Parents are the schema model itself: <see cref="GraphQLSchema"/> for <c>__Schema</c>, <see cref="GraphQLType"/> for
/// <c>__Type</c>, <see cref="FieldDefinition"/>, <see cref="InputValueDefinition"/>, <see cref="EnumValue"/> and
/// <see cref="DirectiveDefinition"/>. Fields the model has as properties (name, description, isDeprecated, ...) need no
/// resolver. The introspection types are shared by all schemas, so these are bound once.
/// </summary>
internal static class IntrospectionResolvers
{
    private static readonly Lazy<bool> Bound = new(Bind);

    // Boxed once: every __Type in a response reads its kind.
    private static readonly object[] Kinds = [.. Enum.GetValues<TypeKind>().Cast<object>()];

    public static void EnsureBound() => _ = Bound.Value;

    private static bool Bind()
    {
        Types.Introspection.SchemaField.Resolver = context => new(context.Schema);
        Types.Introspection.TypeField.Resolver = context => new(context.Schema.GetType((string)context.Arguments["name"]!));

        On("__Schema", "types", schema => ((GraphQLSchema)schema).Types);
        On("__Schema", "queryType", schema => ((GraphQLSchema)schema).QueryType);
        On("__Schema", "mutationType", schema => ((GraphQLSchema)schema).MutationType);
        On("__Schema", "subscriptionType", schema => ((GraphQLSchema)schema).SubscriptionType);
        On("__Schema", "directives", schema => ((GraphQLSchema)schema).DirectiveDefinitions);

        On("__Type", "kind", type => Kinds[(int)((GraphQLType)type).Kind]);
        On("__Type", "name", type => (type as NamedType)?.Name);
        On("__Type", "description", type => (type as NamedType)?.Description);
        On("__Type", "specifiedByURL", type => (type as ScalarType)?.SpecifiedByUrl);
        On("__Type", "fields", (type, context) => type is ComplexOutputType complex ? Deprecable(complex.Fields, f => f.IsDeprecated, context) : null);
        On("__Type", "interfaces", type => (type as ComplexOutputType)?.Interfaces);
        On("__Type", "possibleTypes", (type, context) => type is InterfaceType or UnionType ? context.Schema.GetPossibleTypes((NamedType)type) : null);
        On("__Type", "enumValues", (type, context) => type is EnumType enumType ? Deprecable(enumType.Values, v => v.IsDeprecated, context) : null);
        On("__Type", "inputFields", (type, context) => type is InputObjectType input ? Deprecable(input.Fields, f => f.IsDeprecated, context) : null);
        On("__Type", "ofType", type => type switch
        {
            ListType list => list.OfType,
            NonNullType nonNull => nonNull.OfType,
            _ => null,
        });
        On("__Type", "isOneOf", type => type is InputObjectType input ? input.IsOneOf : null);

        On("__Field", "args", (field, context) => Deprecable(((FieldDefinition)field).Arguments, a => a.IsDeprecated, context));
        On("__InputValue", "defaultValue", value => ((InputValueDefinition)value).PrintedDefaultValue);
        On("__Directive", "locations", directive => ((DirectiveDefinition)directive).LocationNames);
        On("__Directive", "args", (directive, context) => Deprecable(((DirectiveDefinition)directive).Arguments, a => a.IsDeprecated, context));
        return true;
    }

    private static void On(string typeName, string fieldName, Func<object, object?> resolve) =>
        Field(typeName, fieldName).Resolver = context => new(resolve(context.Parent!));

    private static void On(string typeName, string fieldName, Func<object, IResolverContext, object?> resolve) =>
        Field(typeName, fieldName).Resolver = context => new(resolve(context.Parent!, context));

    private static FieldDefinition Field(string typeName, string fieldName) =>
        ((ComplexOutputType)Types.Introspection.Types[typeName]!).GetField(fieldName)
        ?? throw new InvalidOperationException($"Introspection.graphql has no field {typeName}.{fieldName}.");

    /// <summary>The elements, without deprecated ones unless <c>includeDeprecated: true</c>.</summary>
    private static IReadOnlyList<T> Deprecable<T>(IReadOnlyList<T> elements, Func<T, bool> isDeprecated, IResolverContext context)
    {
        if (context.Arguments.TryGetValue("includeDeprecated", out var include) && include is true)
        {
            return elements;
        }

        // Most lists deprecate nothing: hand them out as they are rather than copy them.
        for (var i = 0; i < elements.Count; i++)
        {
            if (isDeprecated(elements[i]))
            {
                return WithoutDeprecated(elements, isDeprecated);
            }
        }

        return elements;
    }

    private static List<T> WithoutDeprecated<T>(IReadOnlyList<T> elements, Func<T, bool> isDeprecated) =>
        [.. elements.Where(e => !isDeprecated(e))];
}
