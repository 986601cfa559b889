namespace ProfileGraph.GraphQL.Types;

/// <summary>A field's <c>@listSize</c>: how long its list (or its sized fields' lists) can be.</summary>
public sealed record ListSizeSettings(int? AssumedSize, IReadOnlyList<string> SlicingArguments, IReadOnlyList<string> SizedFields, bool RequireOneSlicingArgument);
