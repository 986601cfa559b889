using System.Linq.Expressions;
using System.Reflection;
using ProfileGraph.GraphQL.DataLoader;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Types;
using ProfileGraph.GraphQL.Types.Values;

namespace ProfileGraph.GraphQL.Binding;

/// <summary>
/// Compiles a resolver method or delegate into a <see cref="FieldResolver"/>: each parameter is bound to a field
/// argument by name (or <c>[GraphQLName]</c>), the parent (<c>[Parent]</c>), a service (<c>[Service]</c>), or the
/// context, its cancellation token, services or DataLoaders by type. Results of any type, <c>Task&lt;T&gt;</c>
/// or <c>ValueTask&lt;T&gt;</c> are adapted without an extra state machine when already complete.
/// </summary>
internal static class ResolverCompiler
{
    private static readonly ParameterExpression Context = Expression.Parameter(typeof(IResolverContext), "context");

    /// <summary>The resolver, or null with the reasons in <paramref name="problems"/>.</summary>
    /// <param name="argumentsAre">
    /// What the field's arguments stand for, when they are not the arguments of a field in the schema (federation's
    /// entity resolvers bind a representation's fields like arguments), e.g. <c>a field of a "User" representation (id, name)</c>.
    /// </param>
    public static FieldResolver? Compile(MethodInfo method, Expression? instance, ComplexOutputType owner, FieldDefinition field, string describedAs, List<string> problems, string? argumentsAre = null, bool subscriber = false)
    {
        var arguments = new List<Expression>();
        foreach (var parameter in method.GetParameters())
        {
            if (BindParameter(parameter, field) is { } bound)
            {
                arguments.Add(bound);
            }
            else
            {
                var declared = field.Arguments.Count == 0 ? "it has no arguments" : "its arguments: " + string.Join(", ", field.Arguments.Select(a => a.Name));
                argumentsAre ??= $"an argument of field \"{owner.Name}.{field.Name}\" ({declared})";
                problems.Add($"{describedAs} has parameter \"{parameter.Name}\", which is not {argumentsAre} nor a parent, service or context parameter.");
            }
        }

        var resultType = ClrTypeCompatibility.ResultTypeOf(method.ReturnType);
        if (subscriber)
        {
            // A subscriber's value is its source stream; what its events complete to is checked as they come.
            if (resultType is null || !resultType.GetInterfaces().Append(resultType).Any(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>)))
            {
                problems.Add($"{describedAs} returns {ClrTypeCompatibility.Name(method.ReturnType)}, which is no event stream (IAsyncEnumerable<T>).");
            }
        }
        else if (resultType is null)
        {
            problems.Add($"{describedAs} returns {ClrTypeCompatibility.Name(method.ReturnType)}, which has no value for field \"{owner.Name}.{field.Name}\".");
        }
        else if (ClrTypeCompatibility.Explain(resultType, field.Type) is { } reason)
        {
            problems.Add($"{describedAs} returns {ClrTypeCompatibility.Name(method.ReturnType)}, which cannot complete to \"{field.Type}\" of field \"{owner.Name}.{field.Name}\": {reason}.");
        }

        if (problems.Count > 0)
        {
            return null;
        }

        Expression call = Expression.Call(instance, method, arguments);
        var body = Adapt(call, method.ReturnType);
        return Expression.Lambda<FieldResolver>(body, Context).Compile();
    }

    /// <summary>An expression producing the resolver class instance for a call: shared, or from the request's services.</summary>
    public static Expression? InstanceOf(Type resolverType, object? instance, bool isStatic)
    {
        if (isStatic)
        {
            return null;
        }

        if (instance is not null)
        {
            return Expression.Constant(instance, resolverType);
        }

        var provider = ResolverInstances.For(resolverType);
        return Expression.Convert(Expression.Invoke(Expression.Constant(provider), Context), resolverType);
    }

    private static Expression? BindParameter(ParameterInfo parameter, FieldDefinition field)
    {
        var type = parameter.ParameterType;
        if (parameter.GetCustomAttribute<ParentAttribute>() is not null)
        {
            return Expression.Call(typeof(ResolverCompiler), nameof(ParentAs), [type], Context, Expression.Constant(field.Name));
        }

        if (parameter.GetCustomAttribute<ServiceAttribute>() is not null)
        {
            return Expression.Call(typeof(ResolverCompiler), nameof(ServiceOf), [type], Context);
        }

        if (type == typeof(IResolverContext))
        {
            return Context;
        }

        if (type == typeof(CancellationToken))
        {
            return Expression.Property(Context, nameof(IResolverContext.RequestAborted));
        }

        if (type == typeof(IServiceProvider))
        {
            return Expression.Property(Context, nameof(IResolverContext.Services));
        }

        if (type == typeof(DataLoaderScope))
        {
            return Expression.Property(Context, nameof(IResolverContext.DataLoaders));
        }

        if (typeof(IBatchDispatcher).IsAssignableFrom(type) && type is { IsClass: true, IsAbstract: false })
        {
            return Expression.Call(typeof(DataLoaderFactory), nameof(DataLoaderFactory.For), [type], Context);
        }

        var name = ClrNames.Declared(parameter);
        var argument = field.Arguments.FirstOrDefault(a => a.Name == (name ?? parameter.Name))
            ?? (name is null ? field.Arguments.FirstOrDefault(a => ClrNames.Matches(a.Name, parameter.Name!)) : null);
        return argument is null
            ? null
            : Expression.Call(
                typeof(ArgumentConverter),
                nameof(ArgumentConverter.Convert),
                [type],
                Expression.Property(Context, nameof(IResolverContext.Arguments)),
                Expression.Constant(argument.Name),
                Expression.Constant(argument.Type, typeof(GraphQLType)));
    }

    private static Expression Adapt(Expression call, Type returnType)
    {
        if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(Task<>))
        {
            return Expression.Call(typeof(ResolverCompiler), nameof(FromTask), [returnType.GetGenericArguments()[0]], call);
        }

        if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            return Expression.Call(typeof(ResolverCompiler), nameof(FromValueTask), [returnType.GetGenericArguments()[0]], call);
        }

        return Expression.New(typeof(ValueTask<object?>).GetConstructor([typeof(object)])!, Boxed.ToObject(call));
    }

    private static T ParentAs<T>(IResolverContext context, string field) => context.Parent is T parent
        ? parent
        : throw new InvalidOperationException($"The parent of field \"{field}\" is {context.Parent?.GetType().Name ?? "null"}, not {typeof(T).Name}.");

    private static T ServiceOf<T>(IResolverContext context) => context.Services.GetService(typeof(T)) is T service
        ? service
        : throw new InvalidOperationException($"No service of type {typeof(T).Name} is registered.");

    private static ValueTask<object?> FromTask<T>(Task<T> task) =>
        task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : Await(task);

    private static ValueTask<object?> FromValueTask<T>(ValueTask<T> task) =>
        task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : Await(task.AsTask());

    private static async ValueTask<object?> Await<T>(Task<T> task) => await task.ConfigureAwait(false);
}
