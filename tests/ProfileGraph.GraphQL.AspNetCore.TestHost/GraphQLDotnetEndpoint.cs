using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Net.Http.Headers;

namespace ProfileGraph.GraphQL.AspNetCore.TestHost;

/// <summary>
/// The peer of <c>/graphql</c> for the benchmarks: <c>{ hello }</c> served by graphql-dotnet 8.8.5 at
/// <c>/graphql-dotnet</c>. graphql-dotnet's own ASP.NET Core transport (GraphQL.Server.Transports.AspNetCore) does not
/// restore here, so this is the handler its documentation describes, set up for speed (a document cache, metrics off,
/// GraphQL.SystemTextJson writing straight to the body) and following the GraphQL-over-HTTP draft as far as a small
/// handler does: GET and POST, JSON bodies only, the two media types, 400 for request errors and, with
/// application/graphql-response+json, for documents that do not parse or validate.
/// </summary>
public static class GraphQLDotnetEndpoint
{
    private const string GraphQLResponse = "application/graphql-response+json";

    private static readonly global::GraphQL.Types.Schema Schema = BuildSchema();
    private static readonly DocumentExecuter Executer = new(new GraphQLDocumentBuilder(), new DocumentValidator(), new DefaultExecutionStrategySelector(), [new GraphQLDotnetDocumentCache()]);
    private static readonly GraphQLSerializer Serializer = new();

    public static IEndpointRouteBuilder MapGraphQLDotnet(this IEndpointRouteBuilder endpoints, string path = "/graphql-dotnet")
    {
        endpoints.MapMethods(path, [HttpMethods.Get, HttpMethods.Post], HandleAsync);
        return endpoints;
    }

    private static global::GraphQL.Types.Schema BuildSchema()
    {
        var schema = global::GraphQL.Types.Schema.For("type Query { hello(name: String = \"World\"): String! }", builder =>
            builder.Types.For("Query").FieldFor("hello").Resolver = new global::GraphQL.Resolvers.FuncFieldResolver<string>(context => $"Hello, {context.GetArgument<string>("name")}!"));
        schema.Initialize();
        return schema;
    }

    private static async Task HandleAsync(HttpContext context)
    {
        var mediaType = Negotiate(context.Request);
        if (mediaType is null)
        {
            context.Response.StatusCode = StatusCodes.Status406NotAcceptable;
            return;
        }

        GraphQLRequest? request;
        try
        {
            request = HttpMethods.IsGet(context.Request.Method) ? FromQueryString(context.Request.Query) : await FromBodyAsync(context);
        }
        catch (Exception exception) when (exception is JsonException or FormatException)
        {
            await WriteErrorAsync(context, mediaType, StatusCodes.Status400BadRequest, "The request body is not a GraphQL request: " + exception.Message);
            return;
        }

        if (request is null)
        {
            return;   // answered already (415)
        }

        if (string.IsNullOrEmpty(request.Query))
        {
            await WriteErrorAsync(context, mediaType, StatusCodes.Status400BadRequest, "A query is required.");
            return;
        }

        // A mutation over GET is refused before anything runs, even where the schema has no mutations.
        if (HttpMethods.IsGet(context.Request.Method) && IsMutation(request))
        {
            context.Response.Headers.Allow = "POST";
            await WriteErrorAsync(context, mediaType, StatusCodes.Status405MethodNotAllowed, "Mutations are sent with POST.");
            return;
        }

        var result = await Executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = Schema,
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            EnableMetrics = false,
            RequestServices = context.RequestServices,
            CancellationToken = context.RequestAborted,
        });

        // With graphql-response+json, a request that did not reach execution is the client's error.
        context.Response.StatusCode = mediaType == GraphQLResponse && !result.Executed ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        await Serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
    }

    private static bool IsMutation(GraphQLRequest request)
    {
        try
        {
            return GraphQLParser.Parser.Parse(request.Query!).Definitions.OfType<GraphQLOperationDefinition>()
                .FirstOrDefault(operation => request.OperationName is null || operation.Name?.StringValue == request.OperationName)?.Operation == OperationType.Mutation;
        }
        catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException)
        {
            return false;   // execution reports the syntax error
        }
    }

    /// <summary>graphql-response+json when accepted (or nothing is said), else application/json; null when neither is.</summary>
    private static string? Negotiate(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0)
        {
            return GraphQLResponse;
        }

        foreach (var type in accept.OrderByDescending(value => value.Quality ?? 1))
        {
            if (type.MediaType.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLResponse;
            }

            if (type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.MatchesAllTypes || type.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase))
            {
                return "application/json";
            }
        }

        return null;
    }

    private static GraphQLRequest FromQueryString(IQueryCollection query) => new()
    {
        Query = query["query"].ToString(),
        OperationName = query.TryGetValue("operationName", out var name) && name.Count > 0 ? name.ToString() : null,
        Variables = query.TryGetValue("variables", out var variables) && !string.IsNullOrEmpty(variables) ? Serializer.Deserialize<Inputs>(variables.ToString()) : null,
        Extensions = query.TryGetValue("extensions", out var extensions) && !string.IsNullOrEmpty(extensions) ? Serializer.Deserialize<Inputs>(extensions.ToString()) : null,
    };

    private static async Task<GraphQLRequest?> FromBodyAsync(HttpContext context)
    {
        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var contentType) || !contentType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            return null;
        }

        return await Serializer.ReadAsync<GraphQLRequest>(context.Request.Body, context.RequestAborted)
            ?? throw new JsonException("the body is null");
    }

    private static Task WriteErrorAsync(HttpContext context, string mediaType, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        return Serializer.WriteAsync(context.Response.Body, new ExecutionResult { Errors = [new ExecutionError(message)] }, context.RequestAborted);
    }
}
