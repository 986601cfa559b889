using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using ProfileGraph.GraphQL.Execution.Results;

namespace ProfileGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// Reads a POST body into one pooled buffer, at most <see cref="GraphQLHttpOptions.MaxRequestBodySize"/> bytes: the
/// JSON reader and the GraphQL parser then work on the contiguous bytes, and the buffer goes back to the pool after
/// the response.
/// </summary>
internal static class RequestBody
{
    public static async ValueTask<PooledBufferWriter> ReadAsync(HttpContext context, long limit)
    {
        var request = context.Request;
        if (request.ContentLength > limit)
        {
            throw TooLarge(limit);
        }

        // Kestrel enforces its own limit (30 MB by default) while the body streams in: make it this one.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } kestrelLimit)
        {
            kestrelLimit.MaxRequestBodySize = limit;
        }

        var buffer = new PooledBufferWriter((int)Math.Clamp(request.ContentLength ?? 4096, 1, limit));
        try
        {
            var reader = request.BodyReader;
            while (true)
            {
                var read = await reader.ReadAsync(context.RequestAborted).ConfigureAwait(false);
                var data = read.Buffer;
                if (buffer.WrittenCount + data.Length > limit)
                {
                    reader.AdvanceTo(data.End);
                    throw TooLarge(limit);
                }

                foreach (var segment in data)
                {
                    segment.Span.CopyTo(buffer.GetSpan(segment.Length));
                    buffer.Advance(segment.Length);
                }

                reader.AdvanceTo(data.End);
                if (read.IsCompleted)
                {
                    return buffer;
                }
            }
        }
        catch (BadHttpRequestException error)
        {
            buffer.Dispose();
            throw error.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? TooLarge(limit)
                : GraphQLHttpException.BadRequest($"The request body could not be read: {error.Message}");
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    private static GraphQLHttpException TooLarge(long limit) =>
        new(StatusCodes.Status413PayloadTooLarge, HttpErrorCodes.PayloadTooLarge, $"The request body is larger than {limit} bytes, the most this endpoint reads.");
}
