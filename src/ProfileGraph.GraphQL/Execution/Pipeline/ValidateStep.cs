using System.Diagnostics;
using ProfileGraph.GraphQL.Validation;

namespace ProfileGraph.GraphQL.Execution.Pipeline;

/// <summary>Validates the document (spec §5), once per document hash; errors end the request.</summary>
internal sealed class ValidateStep(int capacity) : RequestStep
{
    private readonly ValidationCache _cache = new(capacity);

    public override ValueTask InvokeAsync(RequestContext context, RequestHandler nextStep)
    {
        if (!_cache.TryGetCached(context.Schema, context.DocumentHash!, out var errors))
        {
            using var validate = GraphQLActivities.Source.StartActivity("graphql.validate");
            errors = _cache.ValidateByHash(context.Schema, context.DocumentHash!, context.Document!);
        }
        else
        {
            Activity.Current?.SetTag(GraphQLActivities.ValidationCached, GraphQLActivities.True);
        }

        if (errors.Count > 0)
        {
            context.Fail([.. errors.Select(e => new GraphQLError(e.Message, ErrorCodes.ValidationFailed, e.Locations))]);
            return ValueTask.CompletedTask;
        }

        return nextStep(context);
    }
}
