using System.Reflection;
using System.Runtime.CompilerServices;

namespace ProfileGraph.GraphQL.Execution;

/// <summary>Source streams as streams of objects: reference types by covariance, value types boxed one by one.</summary>
internal static class EventStreams
{
    private static readonly MethodInfo BoxMethod = typeof(EventStreams).GetMethod(nameof(Box), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>The stream <paramref name="source"/> is, as objects; null when it is no <c>IAsyncEnumerable&lt;T&gt;</c>.</summary>
    public static IAsyncEnumerable<object?>? AsObjects(object? source)
    {
        if (source is IAsyncEnumerable<object?> objects)
        {
            return objects;
        }

        var stream = source?.GetType().GetInterfaces().FirstOrDefault(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>));
        return stream is null ? null : (IAsyncEnumerable<object?>)BoxMethod.MakeGenericMethod(stream.GetGenericArguments()[0]).Invoke(null, [source, CancellationToken.None])!;
    }

    private static async IAsyncEnumerable<object?> Box<T>(IAsyncEnumerable<T> source, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in source.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return item;
        }
    }
}
