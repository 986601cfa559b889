using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection;
using ProfileGraph.GraphQL.AspNetCore.Http;
using ProfileGraph.GraphQL.AspNetCore.Web;
using ProfileGraph.GraphQL.Execution;

namespace ProfileGraph.Benchmarks;

/// <summary>
/// The cached small-query request with its response written by the GraphQL endpoint's writer, for a request with a
/// browser's <c>Accept-Encoding</c>: without the compressor, and with it at its default threshold (the response,
/// a few hundred bytes, is below it, so it is serialized into a pooled buffer and copied out with its length).
/// The body goes to a pipe that is flushed at the end, as Kestrel flushes it when the request ends.
/// </summary>
[MemoryDiagnoser]
public class ResponseCompressionBenchmarks
{
    private static readonly Dictionary<string, object?> Variables = new() { ["id"] = "u1" };

    private RequestExecutor _executor = null!;
    private ResponseCompressor? _compressor;
    private string _query = "";
    private object? _root;

    [Params(false, true)]
    public bool Compression { get; set; }

    [GlobalSetup]
    public void Load()
    {
        _root = ExecutorBenchmarks.LoadRootValue();
        _query = File.ReadAllText(Repository.DocumentPath("small-query.graphql"));
        _executor = new RequestExecutor(ValidatorBenchmarks.BuildSchema());
        if (Compression)
        {
            var services = new ServiceCollection().AddLogging().AddResponseCompression(options =>
            {
                options.Providers.Add<BrotliCompressionProvider>();
                options.Providers.Add<GzipCompressionProvider>();
            }).BuildServiceProvider();
            _compressor = new ResponseCompressor(services.GetRequiredService<IResponseCompressionProvider>(), new GraphQLCompressionOptions().MinimumSize);
        }

        Request().GetAwaiter().GetResult();
    }

    [Benchmark]
    public async Task<long> Request()
    {
        var result = await _executor.ExecuteAsync(new ExecutionRequest { Query = _query, Variables = Variables, RootValue = _root });
        var body = new CountingStream();
        var context = new DefaultHttpContext();
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(body));
        context.Request.Headers.AcceptEncoding = "gzip, deflate, br";
        GraphQLResponseWriter.Write(context, ResponseMediaType.GraphQLResponseJson, StatusCodes.Status200OK, result, isGet: false, _compressor);
        await context.Response.BodyWriter.FlushAsync();
        return body.Written;
    }

    /// <summary>Where the body goes: counted, not kept.</summary>
    private sealed class CountingStream : Stream
    {
        public long Written { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Written;

        public override long Position { get => Written; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Written += count;

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Written += buffer.Length;
            return ValueTask.CompletedTask;
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
