using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProfileGraph.GraphQL.AspNetCore.Http;
using ProfileGraph.GraphQL.AspNetCore.Ide;
using ProfileGraph.GraphQL.AspNetCore.Web;

namespace ProfileGraph.GraphQL.AspNetCore;

public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the GraphQL-over-HTTP endpoint at <paramref name="path"/> (GET and POST, <c>GET ?sdl</c>) and, unless
    /// <see cref="GraphQLHttpOptions.EnableIde"/> is off, Banana Cake Pop at <c>{path}/ui/</c>, where browsers that
    /// open <paramref name="path"/> are sent. The returned builder configures all of them (e.g. authorization).
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string path = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        path = "/" + path.Trim('/');
        var services = endpoints.ServiceProvider;
        var server = services.GetService<GraphQLServer>()
            ?? throw new InvalidOperationException("Call services.AddGraphQLServer(...) before app.MapGraphQL().");
        var options = services.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value;
        var idePath = options.EnableIde ? path + "/ui" : null;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("ProfileGraph.GraphQL.AspNetCore");

        var compressor = options.Compression.Enabled && services.GetService<IResponseCompressionProvider>() is { } providers
            ? new ResponseCompressor(providers, options.Compression.MinimumSize)
            : null;
        var handler = new GraphQLHttpHandler(server, options, idePath, logger, compressor);
        List<IEndpointConventionBuilder> builders = [endpoints.Map(path, handler.HandleAsync).WithDisplayName("GraphQL " + path)];
        if (idePath is not null)
        {
            var ide = new IdeEndpoint(path);
            builders.Add(endpoints.MapMethods(idePath + "/{**file}", [HttpMethods.Get, HttpMethods.Head], ide.HandleAsync).WithDisplayName("Banana Cake Pop " + idePath));
        }

        return new CompositeEndpointConventionBuilder(builders);
    }

    private sealed class CompositeEndpointConventionBuilder(List<IEndpointConventionBuilder> builders) : IEndpointConventionBuilder
    {
        public void Add(Action<EndpointBuilder> convention) => builders.ForEach(builder => builder.Add(convention));

        public void Finally(Action<EndpointBuilder> finallyConvention) => builders.ForEach(builder => builder.Finally(finallyConvention));
    }
}
