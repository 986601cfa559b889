namespace ProfileGraph.GraphQL.Binding;

/// <summary>A resolver parameter that receives the parent object (what the parent field resolved to).</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ParentAttribute : Attribute
{
}
