using System.Collections.Concurrent;
using ProfileGraph.GraphQL.Execution;

namespace ProfileGraph.GraphQL.Binding;

/// <summary>
/// Where instance resolver methods get their object: the request's services when the class is registered there,
/// else one shared instance (resolver classes are meant to be stateless), else a new instance per call built from
/// the request's services through its widest constructor.
/// </summary>
internal static class ResolverInstances
{
    private static readonly ConcurrentDictionary<Type, Func<IResolverContext, object>> Providers = new();

    public static Func<IResolverContext, object> For(Type type) => Providers.GetOrAdd(type, Create);

    private static Func<IResolverContext, object> Create(Type type)
    {
        if (type.GetConstructor(Type.EmptyTypes) is not null)
        {
            var shared = new Lazy<object>(() => Activator.CreateInstance(type)!);
            return context => context.Services.GetService(type) ?? shared.Value;
        }

        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var parameters = constructor.GetParameters();
        return context => context.Services.GetService(type) ?? constructor.Invoke([.. parameters.Select(p =>
            context.Services.GetService(p.ParameterType)
            ?? throw new InvalidOperationException($"Resolver class {type.Name} needs a {p.ParameterType.Name}, which is not a registered service."))]);
    }
}
