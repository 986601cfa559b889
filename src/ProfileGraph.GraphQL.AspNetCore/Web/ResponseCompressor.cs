using System.Buffers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;
using ProfileGraph.GraphQL.Execution.Results;

namespace ProfileGraph.GraphQL.AspNetCore.Web;

/// <summary>
/// Writes a GraphQL response compressed when it is large enough and the client accepts an encoding. ASP.NET Core's
/// middleware cannot know a response's size before deciding, and wraps every response body to find out; here the
/// response is serialized first, into a pooled buffer, so its size decides: a small one is copied to the body as it
/// is (with its Content-Length), a large one goes through the negotiated provider (Brotli or gzip, from
/// <see cref="IResponseCompressionProvider"/> and its <c>Accept-Encoding</c> rules). A request that accepts no
/// encoding at all is written straight to the body, as without compression.
/// </summary>
internal sealed class ResponseCompressor(IResponseCompressionProvider providers, int minimumSize)
{
    // Writing is synchronous from serializing to the last compressed byte, so each thread keeps one buffer for it:
    // a small response costs a copy, no allocation. A buffer grown past this is given back after use.
    private const int KeptBufferSize = 64 * 1024;

    [ThreadStatic]
    private static PooledBufferWriter? t_buffer;

    public void Write(HttpContext context, ExecutionResult result)
    {
        var response = context.Response;
        if (!context.Request.Headers.ContainsKey(HeaderNames.AcceptEncoding))
        {
            result.WriteTo(response.BodyWriter);
            return;
        }

        var buffer = t_buffer ??= new PooledBufferWriter(4096);
        try
        {
            result.WriteTo(buffer);
            Write(context, buffer);
        }
        finally
        {
            if (buffer.WrittenCount > KeptBufferSize)
            {
                t_buffer = null;
                buffer.Dispose();
            }
            else
            {
                buffer.Reset();
            }
        }
    }

    private void Write(HttpContext context, PooledBufferWriter buffer)
    {
        var response = context.Response;
        if (buffer.WrittenCount < minimumSize)
        {
            response.ContentLength = buffer.WrittenCount;
            response.BodyWriter.Write(buffer.WrittenSpan);
            return;
        }

        // A response this large is sent compressed to those who accept an encoding: caches key it by Accept-Encoding.
        response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
        if (providers.GetCompressionProvider(context) is not { } provider)
        {
            response.ContentLength = buffer.WrittenCount;
            response.BodyWriter.Write(buffer.WrittenSpan);
            return;
        }

        response.Headers.ContentEncoding = provider.EncodingName;
        using var body = new BufferWriterStream(response.BodyWriter);
        using (var compressed = provider.CreateStream(body))
        {
            compressed.Write(buffer.WrittenSpan);
        }
    }
}
