using Microsoft.AspNetCore.Http;
using ProfileGraph.GraphQL.Execution.Cost;

namespace ProfileGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// The <c>GraphQL-Cost</c> request header, as HotChocolate names it: <c>report</c> adds the operation's cost to the
/// response's <c>extensions.cost</c>; <c>validate</c> answers with the cost alone, executing nothing.
/// </summary>
internal static class CostHeader
{
    public const string Name = "GraphQL-Cost";

    public static CostReporting Of(HttpRequest request) => request.Headers[Name].ToString().Trim() switch
    {
        var value when value.Equals("report", StringComparison.OrdinalIgnoreCase) => CostReporting.Report,
        var value when value.Equals("validate", StringComparison.OrdinalIgnoreCase) => CostReporting.Validate,
        _ => CostReporting.None,
    };
}
