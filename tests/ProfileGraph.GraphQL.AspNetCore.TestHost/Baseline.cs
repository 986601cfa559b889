namespace ProfileGraph.GraphQL.AspNetCore.TestHost;

/// <summary>
/// The load benchmark's yardstick: the least an ASP.NET Core endpoint can do to answer the benchmark's query, the
/// same response bytes written to the body with no GraphQL at all.
/// </summary>
public static class Baseline
{
    /// <summary>What /graphql answers to <c>{ hello }</c>.</summary>
    public static ReadOnlyMemory<byte> Response { get; } = """{"data":{"hello":"Hello, World!"}}"""u8.ToArray();

    public static Task WriteAsync(HttpContext context)
    {
        context.Response.ContentType = "application/graphql-response+json; charset=utf-8";
        return context.Response.BodyWriter.WriteAsync(Response, context.RequestAborted).AsTask();
    }
}
