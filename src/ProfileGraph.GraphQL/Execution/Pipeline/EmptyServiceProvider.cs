namespace ProfileGraph.GraphQL.Execution.Pipeline;

/// <summary>The services of a request that came without any.</summary>
internal sealed class EmptyServiceProvider : IServiceProvider
{
    public static readonly EmptyServiceProvider Instance = new();

    public object? GetService(Type serviceType) => null;
}
