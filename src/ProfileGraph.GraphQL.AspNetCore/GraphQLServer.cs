using System.Text;
using Microsoft.Extensions.Options;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Execution.Pipeline;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.AspNetCore;

/// <summary>
/// The schema's one request executor, built once (at start-up by <see cref="GraphQLServerWarmup"/>, so a schema that
/// does not build stops the host before it listens) and shared by every request.
/// </summary>
public sealed class GraphQLServer
{
    /// <summary>The applied directives <c>GET ?sdl</c> prints where the SDL applies them: cost and cache hints.</summary>
    public static readonly IReadOnlySet<string> PrintedDirectives = new HashSet<string>(CostDirectives.Names.Append(CacheControlDirectives.CacheControl), StringComparer.Ordinal);

    private readonly Lazy<RequestExecutor> _executor;
    private readonly Lazy<byte[]> _sdl;

    public GraphQLServer(IServiceProvider services, Func<IServiceProvider, GraphQLSchema> schemaFactory, IOptions<ExecutionOptions> options, IEnumerable<RequestStep> stepsBeforeExecution)
    {
        ArgumentNullException.ThrowIfNull(schemaFactory);
        _executor = new Lazy<RequestExecutor>(() => new RequestExecutor(schemaFactory(services), options.Value, stepsBeforeExecution));
        _sdl = new Lazy<byte[]>(() => Encoding.UTF8.GetBytes(SchemaPrinter.Print(Executor.Schema, PrintedDirectives) + "\n"));
    }

    public RequestExecutor Executor => _executor.Value;

    /// <summary>Whether the executor has been built (the readiness probe's question).</summary>
    public bool IsReady => _executor.IsValueCreated;

    /// <summary>
    /// The printed schema (graphql-js's <c>printSchema</c> layout, with the cost and cache-control directives where the
    /// SDL applies them: what an operation costs, and how long its answer may be reused, are part of the contract) as
    /// UTF-8, printed once.
    /// </summary>
    public ReadOnlyMemory<byte> Sdl => _sdl.Value;
}
