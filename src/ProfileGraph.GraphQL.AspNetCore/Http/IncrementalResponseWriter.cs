using System.Buffers;
using Microsoft.AspNetCore.Http;
using ProfileGraph.GraphQL.Execution.Results;

namespace ProfileGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// Writes a result and its subsequent payloads as they come, each flushed at once: as <c>multipart/mixed</c> parts
/// (boundary <c>-</c>, each part <c>application/json</c>, as Apollo Server and graphql-helix frame them) or as
/// <c>text/event-stream</c> <c>next</c> events ending with <c>complete</c>. A client that goes away stops the execution
/// through the request's abort token.
/// </summary>
internal static class IncrementalResponseWriter
{
    public static async Task WriteAsync(HttpContext context, IncrementalTransport transport, ExecutionResult result)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.Headers.CacheControl = "no-store";
        response.ContentType = transport.EventStream
            ? "text/event-stream; charset=utf-8"
            : transport.Format == Execution.Incremental.IncrementalFormat.Draft20220824
                ? "multipart/mixed; boundary=\"-\"; deferSpec=20220824"
                : "multipart/mixed; boundary=\"-\"";
        var output = response.BodyWriter;
        var cancellation = context.RequestAborted;

        if (!transport.EventStream)
        {
            output.Write("\r\n---"u8);
        }

        StartPart(output, transport);
        result.WriteTo(output, format: transport.Format);
        EndPart(output, transport);
        await output.FlushAsync(cancellation).ConfigureAwait(false);
        if (result.Subsequent is { } subsequent)
        {
            await foreach (var payload in subsequent.WithCancellation(cancellation).ConfigureAwait(false))
            {
                StartPart(output, transport);
                payload.WriteTo(output, transport.Format);
                EndPart(output, transport);
                await output.FlushAsync(cancellation).ConfigureAwait(false);
            }
        }

        output.Write(transport.EventStream ? "event: complete\ndata:\n\n"u8 : "--\r\n"u8);
        await output.FlushAsync(cancellation).ConfigureAwait(false);
    }

    /// <summary>A subscription's events as <c>next</c> events, each flushed at once, then <c>complete</c> (GraphQL over SSE).</summary>
    public static async Task WriteEventsAsync(HttpContext context, IAsyncEnumerable<ExecutionResult> events)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.Headers.CacheControl = "no-store";
        response.ContentType = "text/event-stream; charset=utf-8";
        var output = response.BodyWriter;
        await output.FlushAsync(context.RequestAborted).ConfigureAwait(false);
        await foreach (var item in events.WithCancellation(context.RequestAborted).ConfigureAwait(false))
        {
            output.Write("event: next\ndata: "u8);
            item.WriteTo(output);
            output.Write("\n\n"u8);
            await output.FlushAsync(context.RequestAborted).ConfigureAwait(false);
        }

        output.Write("event: complete\ndata:\n\n"u8);
        await output.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }

    // Each multipart part ends with the next delimiter at once, so a reader knows the part is whole without waiting
    // for the next one; the last delimiter is closed with "--".
    private static void StartPart(System.IO.Pipelines.PipeWriter output, IncrementalTransport transport) =>
        output.Write(transport.EventStream ? "event: next\ndata: "u8 : "\r\nContent-Type: application/json; charset=utf-8\r\n\r\n"u8);

    private static void EndPart(System.IO.Pipelines.PipeWriter output, IncrementalTransport transport) =>
        output.Write(transport.EventStream ? "\n\n"u8 : "\r\n---"u8);
}
