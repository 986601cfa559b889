namespace ProfileGraph.GraphQL.Execution.Incremental;

/// <summary>
/// A subsequent result of incremental delivery (graphql-js 17): work announced now (<c>pending</c>), data and items
/// delivered (<c>incremental</c>), work done (<c>completed</c>, with errors when it failed as a whole), and whether
/// more follows (<c>hasNext</c>).
/// </summary>
public sealed class IncrementalPayload
{
    public IReadOnlyList<PendingResult> Pending { get; init; } = [];

    public IReadOnlyList<IncrementalResult> Incremental { get; init; } = [];

    public IReadOnlyList<CompletedResult> Completed { get; init; } = [];

    public bool HasNext { get; init; }

    /// <summary>Writes the payload as JSON in <paramref name="format"/>.</summary>
    public void WriteTo(System.Buffers.IBufferWriter<byte> output, IncrementalFormat format = IncrementalFormat.Current, bool indented = false)
    {
        using var writer = new System.Text.Json.Utf8JsonWriter(output, new System.Text.Json.JsonWriterOptions { Indented = indented, SkipValidation = true, Encoder = Results.ResultWriter.Encoder });
        Results.ResultWriter.Write(writer, this, format);
    }

    public string ToJson(IncrementalFormat format = IncrementalFormat.Current)
    {
        using var buffer = new Results.PooledBufferWriter();
        WriteTo(buffer, format);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public override string ToString() => ToJson();
}

/// <summary>Work that will be delivered: its id, where its data goes, and its label.</summary>
public sealed record PendingResult(string Id, ResultPath Path, string? Label);

/// <summary>
/// Delivered data: a deferred fragment's fields (<see cref="Data"/>) or a stream's next items (<see cref="Items"/>,
/// from <see cref="ItemIndex"/>), with the field errors raised within them. <see cref="Path"/> and
/// <see cref="Label"/> serve formats that address data by path (the 2022 format Apollo Client reads).
/// </summary>
public sealed class IncrementalResult
{
    public required string Id { get; init; }

    public Results.ResultObject? Data { get; init; }

    public IReadOnlyList<object?>? Items { get; init; }

    public int ItemIndex { get; init; }

    public IReadOnlyList<GraphQLError> Errors { get; init; } = [];

    public required ResultPath Path { get; init; }

    public string? Label { get; init; }
}

/// <summary>Work that is done; <see cref="Errors"/> when it failed as a whole (a null reached its root).</summary>
public sealed record CompletedResult(string Id, IReadOnlyList<GraphQLError>? Errors, ResultPath Path, string? Label);
