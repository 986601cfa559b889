using System.Collections.Concurrent;
using System.Reflection;
using ProfileGraph.GraphQL.DataLoader;
using ProfileGraph.GraphQL.Execution;

namespace ProfileGraph.GraphQL.Binding;

/// <summary>
/// Gives resolver parameters their request's instance of a DataLoader class, created on first use through its
/// widest constructor: the request's batch scheduler, default options, and the rest from the request's services.
/// </summary>
internal static class DataLoaderFactory
{
    private static readonly ConcurrentDictionary<Type, ConstructorInfo> Constructors = new();

    public static T For<T>(IResolverContext context)
        where T : class => context.DataLoaders.GetOrAdd(scheduler => Create<T>(scheduler, context.Services));

    private static T Create<T>(IBatchScheduler scheduler, IServiceProvider services)
    {
        var constructor = Constructors.GetOrAdd(typeof(T), type => type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First());
        var arguments = constructor.GetParameters().Select(parameter => parameter.ParameterType switch
        {
            var type when type == typeof(IBatchScheduler) => scheduler,
            var type when services.GetService(type) is { } service => service,
            _ when parameter.HasDefaultValue => parameter.DefaultValue,
            _ => throw new InvalidOperationException($"DataLoader {typeof(T).Name} needs a {parameter.ParameterType.Name}, which is not a registered service."),
        });
        return (T)constructor.Invoke([.. arguments]);
    }
}
