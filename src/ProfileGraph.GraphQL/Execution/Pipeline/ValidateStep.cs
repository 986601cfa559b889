using ProfileGraph.GraphQL.Validation;

namespace ProfileGraph.GraphQL.Execution.Pipeline;

/// <summary>Validates the document (spec §5), once per document hash; errors end the request.</summary>
internal sealed class ValidateStep(int capacity) : RequestStep
{
    private readonly ValidationCache _cache = new(capacity);

    public override ValueTask InvokeAsync(RequestContext context, RequestHandler nextStep)
    {
        var errors = _cache.ValidateByHash(context.Schema, context.DocumentHash!, context.Document!);
        if (errors.Count > 0)
        {
            context.Fail([.. errors.Select(e => new GraphQLError(e.Message, ErrorCodes.ValidationFailed, e.Locations))]);
            return ValueTask.CompletedTask;
        }

        return nextStep(context);
    }
}
