namespace ProfileGraph.GraphQL.Binding;

/// <summary>
/// The GraphQL name of a resolver class (its type), method (its field), parameter (its argument), property (the
/// field it serves) or enum member (its enum value), when the CLR name does not say it by convention.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field)]
public sealed class GraphQLNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
