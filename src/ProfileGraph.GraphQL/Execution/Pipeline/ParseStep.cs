using System.Diagnostics;
using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Execution.Pipeline;

/// <summary>Parses the document unless the cache had it; a syntax error ends the request.</summary>
internal sealed class ParseStep : RequestStep
{
    public override ValueTask InvokeAsync(RequestContext context, RequestHandler nextStep)
    {
        if (context.Document is not null)
        {
            Activity.Current?.SetTag(GraphQLActivities.DocumentCached, GraphQLActivities.True);
        }
        else
        {
            using var parse = GraphQLActivities.Source.StartActivity("graphql.parse");
            try
            {
                var request = context.Request;
                context.Document = request.Query is { } text ? Utf8GraphQLParser.Parse(text) : Utf8GraphQLParser.Parse(request.QueryUtf8.Span);
            }
            catch (GraphQLSyntaxError error)
            {
                context.Fail(new GraphQLError(error.Message, ErrorCodes.ParseFailed, [new Location(error.Position, error.Position, error.Line, error.Column)]));
                return ValueTask.CompletedTask;
            }
        }

        return nextStep(context);
    }
}
