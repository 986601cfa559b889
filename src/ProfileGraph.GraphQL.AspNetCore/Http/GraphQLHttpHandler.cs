using System.Buffers;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProfileGraph.GraphQL.AspNetCore.Documents;
using ProfileGraph.GraphQL.AspNetCore.Web;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Execution.Results;
using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// The GraphQL-over-HTTP endpoint: POST <c>application/json</c> (one request, or a batch when enabled), GET with URL
/// parameters for queries only, <c>GET ?sdl</c> for the schema, and browsers sent to the IDE. Every refusal is a
/// GraphQL error response with a status code from the draft; nothing a client sends ends in an exception.
/// </summary>
internal sealed partial class GraphQLHttpHandler(GraphQLServer server, GraphQLHttpOptions options, string? idePath, ILogger logger, ResponseCompressor? compressor = null)
{
    private static readonly HashSet<OperationType> QueriesOnly = [OperationType.Query];

    // The operation's log scope: one small state object per request, instead of a dictionary.
    private static readonly Func<ILogger, string, IDisposable?> OperationScope = LoggerMessage.DefineScope<string>("GraphQL operation {GraphQLOperation}");

    private readonly string _allowedMethods = options.EnableGetRequests ? "GET, POST" : "POST";

    public async Task HandleAsync(HttpContext context)
    {
        if (context.WebSockets.IsWebSocketRequest)
        {
            await WebSockets.GraphQLWebSocketSession.RunAsync(context, server, options).ConfigureAwait(false);
            return;
        }

        try
        {
            var method = context.Request.Method;
            if (HttpMethods.IsPost(method))
            {
                await HandlePostAsync(context).ConfigureAwait(false);
            }
            else if (HttpMethods.IsGet(method))
            {
                await HandleGetAsync(context).ConfigureAwait(false);
            }
            else
            {
                throw new GraphQLHttpException(405, HttpErrorCodes.MethodNotAllowed, $"GraphQL requests use {_allowedMethods.Replace(", ", " or ", StringComparison.Ordinal)}, not {method}.");
            }
        }
        catch (GraphQLHttpException error) when (!context.Response.HasStarted)
        {
            GraphQLResponseWriter.WriteError(context.Response, error, error.StatusCode == 405 ? _allowedMethods : null);
        }
        catch (Exception error) when (!context.RequestAborted.IsCancellationRequested && !context.Response.HasStarted && error is not GraphQLHttpException)
        {
            // The engine turns resolver failures into field errors, so this is a bug of the server: log it, answer 500.
            LogUnexpected(logger, error);
            context.Response.Clear();
            GraphQLResponseWriter.WriteError(context.Response, new GraphQLHttpException(500, ErrorCodes.InternalServerError, "Unexpected Execution Error"));
        }
    }

    private async Task HandlePostAsync(HttpContext context)
    {
        var incremental = IncrementalTransport.Of(context.Request.Headers.Accept);
        var mediaType = Negotiate(context.Request, incremental);
        RequestContentType.EnsureJson(context.Request.ContentType);
        using var body = await RequestBody.ReadAsync(context, options.MaxRequestBodySize).ConfigureAwait(false);
        var requests = JsonRequestParser.Parse(body.WrittenMemory, options, out var isBatch);
        try
        {
            if (!isBatch)
            {
                var result = await ExecuteAsync(context, requests[0], allowedOperations: null, incremental).ConfigureAwait(false);
                await WriteAsync(context, mediaType, incremental, result, isGet: false).ConfigureAwait(false);
                return;
            }

            await WriteBatchAsync(context, mediaType, requests).ConfigureAwait(false);
        }
        finally
        {
            foreach (var request in requests)
            {
                request.Dispose();
            }
        }
    }

    private async Task HandleGetAsync(HttpContext context)
    {
        var request = context.Request;
        var parameters = request.Query;
        if (options.EnableSchemaRequests && parameters.ContainsKey("sdl"))
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.BodyWriter.WriteAsync(server.Sdl, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        if (idePath is not null && !parameters.ContainsKey("query") && AcceptHeader.AcceptsHtml(request.Headers.Accept))
        {
            context.Response.Redirect(request.PathBase + idePath + "/");
            return;
        }

        if (!options.EnableGetRequests)
        {
            throw new GraphQLHttpException(405, HttpErrorCodes.MethodNotAllowed, "GraphQL requests use POST here, not GET.");
        }

        var incremental = IncrementalTransport.Of(request.Headers.Accept);
        var mediaType = Negotiate(request, incremental);
        using var graphQLRequest = QueryStringRequestParser.Parse(parameters);
        var result = await ExecuteAsync(context, graphQLRequest, QueriesOnly, incremental).ConfigureAwait(false);
        await WriteAsync(context, mediaType, incremental, result, isGet: true).ConfigureAwait(false);
    }

    // A result with more to come goes out incrementally; any other as one JSON response (or, for a client that reads
    // only an incremental format, as its one part).
    private Task WriteAsync(HttpContext context, ResponseMediaType mediaType, IncrementalTransport? incremental, ExecutionResult result, bool isGet)
    {
        if (result.Events is not null)
        {
            // A subscription over HTTP is GraphQL over SSE (distinct connections): its events, then complete.
            return incremental is { EventStream: true }
                ? IncrementalResponseWriter.WriteEventsAsync(context, result.Events)
                : throw new GraphQLHttpException(StatusCodes.Status406NotAcceptable, HttpErrorCodes.NotAcceptable, "A subscription is served as text/event-stream over HTTP (or over WebSocket with graphql-transport-ws): accept text/event-stream.");
        }

        if (incremental is not null && (result.Subsequent is not null || mediaType == ResponseMediaType.None))
        {
            return IncrementalResponseWriter.WriteAsync(context, incremental, result);
        }

        GraphQLResponseWriter.Write(context, mediaType, ResponseStatus.For(result, mediaType, isGet, options.ValidationFailureStatusCode), result, isGet, compressor);
        return Task.CompletedTask;
    }

    // A batch answers 200 with one response per request, in order: its status cannot speak for each of them.
    // Requests run one after another, as mutations in one document do, and each response is sent as it completes.
    private async Task WriteBatchAsync(HttpContext context, ResponseMediaType mediaType, GraphQLHttpRequest[] requests)
    {
        var response = context.Response;
        GraphQLResponseWriter.Start(response, mediaType, StatusCodes.Status200OK);
        response.Headers.CacheControl = CacheControlHeader.NoStore;
        var output = response.BodyWriter;
        for (var i = 0; i < requests.Length; i++)
        {
            output.Write(i == 0 ? "["u8 : ","u8);
            var result = await ExecuteAsync(context, requests[i], allowedOperations: null).ConfigureAwait(false);
            result.WriteTo(output);
            await output.FlushAsync(context.RequestAborted).ConfigureAwait(false);
        }

        output.Write("]"u8);
    }

    private async Task<ExecutionResult> ExecuteAsync(HttpContext context, GraphQLHttpRequest request, IReadOnlySet<OperationType>? allowedOperations, IncrementalTransport? incremental = null)
    {
        // A request that names its document (documentId, a persisted query's hash) gets it here, or its refusal.
        if (context.RequestServices.GetService<PersistedDocuments>() is { } documents && await documents.ResolveAsync(context, request).ConfigureAwait(false) is { } refused)
        {
            return new ExecutionResult([refused]);
        }

        // Log lines of the request name the operation it asked for (the client's name is in scope already).
        using (OperationScope(logger, request.OperationName ?? "(unnamed)"))
        {
            return await server.Executor.ExecuteAsync(request.ToExecutionRequest(context, allowedOperations, incremental is not null), context.RequestAborted).ConfigureAwait(false);
        }
    }

    private static ResponseMediaType Negotiate(HttpRequest request, IncrementalTransport? incremental)
    {
        var mediaType = AcceptHeader.Negotiate(request.Headers.Accept);
        return mediaType != ResponseMediaType.None || incremental is not null
            ? mediaType
            : throw new GraphQLHttpException(406, HttpErrorCodes.NotAcceptable, "The Accept header admits no media type this endpoint writes: application/graphql-response+json, application/json, multipart/mixed or text/event-stream.");
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The GraphQL request failed unexpectedly")]
    private static partial void LogUnexpected(ILogger logger, Exception error);
}
