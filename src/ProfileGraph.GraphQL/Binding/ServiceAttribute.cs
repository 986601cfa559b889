namespace ProfileGraph.GraphQL.Binding;

/// <summary>A resolver parameter resolved from the request's services; a missing service fails the field.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ServiceAttribute : Attribute
{
}
