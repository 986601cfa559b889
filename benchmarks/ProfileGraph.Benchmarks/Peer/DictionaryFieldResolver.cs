using GraphQL;
using GraphQL.Resolvers;

namespace ProfileGraph.Benchmarks.Peer;

/// <summary>
/// Reads a field from a JSON object (a dictionary), as graphql-js's default resolver reads a property: graphql-dotnet's
/// own default resolver reads .NET properties and methods only.
/// </summary>
internal sealed class DictionaryFieldResolver : IFieldResolver
{
    public static DictionaryFieldResolver Instance { get; } = new();

    public ValueTask<object?> ResolveAsync(IResolveFieldContext context) =>
        ValueTask.FromResult(context.Source is IDictionary<string, object?> fields && fields.TryGetValue(context.FieldDefinition.Name, out var value) ? value : null);
}
