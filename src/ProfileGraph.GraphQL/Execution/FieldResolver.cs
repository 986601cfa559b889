namespace ProfileGraph.GraphQL.Execution;

/// <summary>
/// Produces a field's value. Synchronous resolvers return a completed <see cref="ValueTask{TResult}"/>, which the
/// executor completes inline without a state machine or a queue round trip.
/// </summary>
public delegate ValueTask<object?> FieldResolver(IResolverContext context);
