namespace ProfileGraph.GraphQL.Binding;

/// <summary>A public method of a resolver class that is not a resolver.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property)]
public sealed class GraphQLIgnoreAttribute : Attribute
{
}
