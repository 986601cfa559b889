using System.Collections;
using System.Threading.Channels;
using System.Runtime.CompilerServices;
using ProfileGraph.GraphQL.Binding;
using ProfileGraph.GraphQL.Execution.Incremental;
using ProfileGraph.GraphQL.Execution.Planning;
using ProfileGraph.GraphQL.Execution.Results;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Execution;

/// <summary>
/// Executes one operation (spec §6.2–§6.4). Resolvers that finish synchronously are completed inline, depth
/// first; those that return a pending task are awaited by one loop, which receives their completions through a
/// channel and is the only writer of the response tree. When nothing can make progress without data, the loop
/// dispatches the DataLoader batches gathered so far, so in-flight siblings at every depth share one batch.
/// <para>
/// In an incremental plan (<c>@defer</c>, <c>@stream</c>), deferred fragments and streamed items start as soon as they
/// are found, each under its own result root with its own pending count and errors; the initial result is returned
/// once its own fields are done, and <see cref="ExecutionResult.Subsequent"/> delivers the rest as it completes, each
/// record after the result that announced it (graphql-js 17's format).
/// </para>
/// </summary>
internal sealed class OperationExecutor
{
    private readonly ExecutionRequestScope _scope;
    private readonly List<GraphQLError> _errors = [];
    // Made when the first resolver goes pending: most requests complete inline and never need it.
    private Channel<IExecutorWork>? _completions;

    private readonly List<PendingField> _pendingFields = [];
    private int _pending;

    // Incremental delivery: the initial result's own pending resolvers, the records it holds, those announced so far.
    private int _initialPending;
    private readonly List<IncrementalRecord> _initialChildren = [];
    private readonly List<IncrementalRecord> _announced = [];

    // A context whose resolver finished synchronously is free again: most fields then share one instance.
    private ResolverContext? _spareContext;
    private int _activeBatches;
    private bool _dataNulled;

    public OperationExecutor(ExecutionRequestScope scope)
    {
        _scope = scope;
    }

    internal ExecutionRequestScope Scope => _scope;

    public async Task<ExecutionResult> ExecuteAsync()
    {
        var plan = _scope.Plan;
        var deferred = plan.Incremental ? new List<DeferredFragment>() : null;
        var rootFields = deferred is null ? plan.GetRootFields(_scope.Variables) : plan.GetRootFields(_scope.Variables, deferred);
        var root = new ResultObject(plan.RootType, rootFields, null, 0);
        List<PendingResult> announced;
        try
        {
            var serial = plan.Operation.Operation == Language.OperationType.Mutation;
            for (var i = 0; i < rootFields.Length; i++)
            {
                ExecuteField(root, i, _scope.RootValue);
                if (serial)
                {
                    // Mutation root fields run one after another (spec §6.2.2); query fields all start first.
                    await RunUntilAsync(InitialDone).ConfigureAwait(false);
                }
            }

            if (deferred is { Count: > 0 })
            {
                StartDeferred(root, rootFields, plan.RootType, _scope.RootValue, deferred);
            }

            await RunUntilAsync(InitialDone).ConfigureAwait(false);
            announced = _dataNulled ? [] : Announce(_initialChildren);
        }
        catch
        {
            _scope.Dispose();
            throw;
        }

        ExecutionResult result;
        lock (_errors)
        {
            result = new ExecutionResult(_dataNulled ? null : root, [.. _errors])
            {
                Pending = announced,
                Subsequent = announced.Count > 0 ? SubsequentAsync() : null,
            };
        }

        _scope.ResultExtensions.CopyTo(result.Extensions);
        if (announced.Count == 0)
        {
            _scope.Dispose();
        }

        return result;
    }

    /// <summary>
    /// CreateSourceEventStream (spec §6.2.3.1): the root field's subscriber gives the source stream; the result carries
    /// the response stream (<see cref="ExecutionResult.Events"/>), or the request error that kept it from starting.
    /// </summary>
    public async Task<ExecutionResult> SubscribeAsync()
    {
        var plan = _scope.Plan;
        var field = plan.GetRootFields(_scope.Variables)[0];
        var root = new ResultObject(plan.RootType, [field], null, 0);
        object? source;
        try
        {
            if (field.Field.Subscriber is not { } subscriber)
            {
                throw new GraphQLException($"Subscription field \"{field.Field.Name}\" has no subscriber.", ErrorCodes.InternalServerError);
            }

            source = await subscriber(new ResolverContext(this).Reset(field, root, 0, _scope.RootValue, field.CoerceArguments(_scope.Variables))).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !_scope.ClientAborted)
        {
            _scope.Dispose();
            HandleFieldError(root, 0, field, exception);
            lock (_errors)
            {
                return new ExecutionResult([.. _errors]);
            }
        }

        if (EventStreams.AsObjects(source) is not { } stream)
        {
            _scope.Dispose();
            return new ExecutionResult([new GraphQLError(
                $"Subscription field must return an event stream (IAsyncEnumerable). Received: {source?.GetType().Name ?? "null"}.",
                ErrorCodes.InternalServerError,
                field.Locations,
                root.PathOf(0))]);
        }

        return new ExecutionResult([]) { Events = EventsAsync(stream) };
    }

    /// <summary>MapSourceToResponseEvent (spec §6.2.3.2): each event executed on its own, as it comes.</summary>
    private async IAsyncEnumerable<ExecutionResult> EventsAsync(IAsyncEnumerable<object?> source, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        try
        {
            using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(_scope.Aborted, cancellationToken);
            await foreach (var item in source.WithCancellation(cancellation.Token).ConfigureAwait(false))
            {
                yield return await new OperationExecutor(_scope.ForEvent()).ExecuteEventAsync(item).ConfigureAwait(false);
            }
        }
        finally
        {
            _scope.Dispose();
        }
    }

    /// <summary>ExecuteSubscriptionEvent (spec §6.2.3.2): the root field's value is the event, or what its resolver makes of it.</summary>
    private async Task<ExecutionResult> ExecuteEventAsync(object? item)
    {
        var field = _scope.Plan.GetRootFields(_scope.Variables)[0];
        var root = new ResultObject(_scope.Plan.RootType, [field], null, 0);
        try
        {
            if (field.Field.Resolver is null)
            {
                CompleteValue(root, 0, field.Type, field, item);
            }
            else
            {
                ExecuteField(root, 0, item);
            }

            await RunUntilAsync(InitialDone).ConfigureAwait(false);
        }
        finally
        {
            _scope.Dispose();
        }

        lock (_errors)
        {
            var result = new ExecutionResult(_dataNulled ? null : root, [.. _errors]);
            _scope.ResultExtensions.CopyTo(result.Extensions);
            return result;
        }
    }

    /// <summary>A field error, counted with the result (initial or incremental) that <paramref name="container"/> belongs to.</summary>
    internal void ReportError(ResultContainer container, GraphQLError error)
    {
        if (container.Record is { } record)
        {
            record.Errors.Add(error);
            return;
        }

        lock (_errors)
        {
            _errors.Add(error);
        }
    }

    /// <summary>ExecuteField (spec §6.4): resolve, then complete inline when the value is already there.</summary>
    internal void ExecuteField(ResultObject owner, int slot, object? parent)
    {
        var field = owner.Fields[slot];
        if (field.IsTypeName)
        {
            owner.Values[slot] = owner.Type.Name;
            return;
        }

        ValueTask<object?> resolving;
        ResolverContext? context = null;
        try
        {
            if (field.Field.Resolver is not { } resolver)
            {
                CompleteValue(owner, slot, field.Type, field, MemberReader.ReadField(field, parent));
                return;
            }

            var arguments = field.CoerceArguments(_scope.Variables);
            context = _spareContext ?? new ResolverContext(this);
            _spareContext = null;
            resolving = resolver(context.Reset(field, owner, slot, parent, arguments));
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !_scope.ClientAborted)
        {
            HandleFieldError(owner, slot, field, exception);
            return;
        }

        if (resolving.IsCompleted)
        {
            // Lists are buffered before their items complete, so nothing reads this context after this point.
            _spareContext = context;
        }

        if (resolving.IsCompletedSuccessfully)
        {
            CompleteValue(owner, slot, field.Type, field, resolving.Result);
            return;
        }

        _completions ??= Channel.CreateUnbounded<IExecutorWork>(new UnboundedChannelOptions { SingleReader = true, AllowSynchronousContinuations = false });
        var pending = new PendingField(this, owner, slot, field, resolving);
        _pending++;
        CountPending(owner, 1);
        _pendingFields.Add(pending);
        pending.Subscribe();
    }

    internal void Post(IExecutorWork work) => _completions!.Writer.TryWrite(work);

    /// <summary>A pending resolver finished: complete its value (on the loop).</summary>
    internal void Complete(PendingField pending)
    {
        if (pending.IsDone)
        {
            return;
        }

        pending.IsDone = true;
        _pending--;
        CountPending(pending.Owner, -1);
        object? value;
        Exception? failure = null;
        try
        {
            value = pending.GetResult();
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !_scope.ClientAborted)
        {
            value = null;
            failure = exception;
        }

        if (pending.Owner.IsDetached)
        {
            // A null already propagated past this field: its value and errors are no longer part of the response.
            return;
        }

        if (failure is not null)
        {
            HandleFieldError(pending.Owner, pending.Slot, pending.Field, failure);
        }
        else
        {
            CompleteValue(pending.Owner, pending.Slot, pending.Field.Type, pending.Field, value);
        }
    }

    internal void BatchCompleted() => _activeBatches--;

    private bool InitialDone() => _initialPending == 0;

    private void CountPending(ResultContainer owner, int change)
    {
        if (owner.Record is { } record)
        {
            record.Pending += change;
        }
        else
        {
            _initialPending += change;
        }
    }

    /// <summary>Runs the loop until <paramref name="done"/> holds or nothing is pending.</summary>
    private async Task RunUntilAsync(Func<bool> done)
    {
        while (_pending > 0 && !done())
        {
            var reader = _completions!.Reader;
            while (reader.TryRead(out var work))
            {
                work.Run(this);
            }

            if (_pending == 0 || done())
            {
                break;
            }

            if (_activeBatches == 0 && _scope.Batches.HasPending)
            {
                // Nothing can progress without data: every key gathered so far goes out now, one batch per loader.
                _activeBatches++;
                new BatchCompletion(this, _scope.Batches.DispatchPendingAsync(_scope.Aborted)).Subscribe();
                continue;
            }

            try
            {
                await reader.WaitToReadAsync(_scope.Aborted).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!_scope.ClientAborted)
            {
                TimeOutPendingFields();
            }
        }
    }

    private void TimeOutPendingFields()
    {
        var message = $"The request did not complete within its deadline of {_scope.Deadline?.TotalMilliseconds} ms.";
        foreach (var pending in _pendingFields.Where(p => !p.IsDone))
        {
            pending.IsDone = true;
            CountPending(pending.Owner, -1);
            ReportError(pending.Owner, new GraphQLError(message, ErrorCodes.Timeout, pending.Field.Locations, pending.Owner.PathOf(pending.Slot)));
            SetNull(pending.Owner, pending.Slot);
        }

        _pending = 0;
    }

    /// <summary>
    /// Starts the deferred fragments found on an object (<paramref name="anchor"/>): each is a record of its fields on the
    /// same value, without the leaf fields the object delivers already, under its own result root at the object's path.
    /// </summary>
    private void StartDeferred(ResultObject anchor, PlannedField[] anchorFields, ObjectType type, object? value, List<DeferredFragment> fragments)
    {
        foreach (var fragment in fragments)
        {
            var nested = new List<DeferredFragment>();
            var fields = FieldCollector.Collect(_scope.Plan, type, [fragment.SelectionSet], _scope.Variables, nested)
                .Where(field => !(field.Type.GetNamedType() is LeafType && anchorFields.Any(known => known.ResponseName == field.ResponseName)))
                .ToArray();
            var path = anchor.Path;
            var record = new DeferredRecord(anchor.Record, anchor, path, fragment.Label);
            record.Result = new ResultObject(type, fields, null, 0) { Record = record, BasePath = path };
            (anchor.Record?.Children ?? _initialChildren).Add(record);
            for (var i = 0; i < fields.Length && !record.Result.IsDiscarded; i++)
            {
                ExecuteField(record.Result, i, value);
            }

            if (nested.Count > 0 && !record.Result.IsDiscarded)
            {
                StartDeferred(record.Result, fields, type, value, nested);
            }

            record.Started = true;
        }
    }

    /// <summary>Gives ids to the records a delivered result holds; those whose place was nulled meanwhile are dropped.</summary>
    private List<PendingResult> Announce(List<IncrementalRecord> records)
    {
        var announced = new List<PendingResult>();
        foreach (var record in records)
        {
            if (record.Anchor.IsDetached)
            {
                record.IsFinished = true;
                continue;
            }

            record.Id = _announced.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            _announced.Add(record);
            announced.Add(new PendingResult(record.Id, record.Path, record.Label));
        }

        return announced;
    }

    /// <summary>The subsequent results: each time something announced can be delivered, one payload with all of it.</summary>
    private async IAsyncEnumerable<IncrementalPayload> SubsequentAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        try
        {
            while (_announced.Exists(record => !record.IsFinished))
            {
                cancellationToken.ThrowIfCancellationRequested();
                await RunUntilAsync(HasDeliverable).ConfigureAwait(false);
                yield return Deliver();
            }
        }
        finally
        {
            _scope.Dispose();
        }
    }

    private bool HasDeliverable() => _announced.Exists(record => !record.IsFinished && record switch
    {
        DeferredRecord deferred => deferred.IsComplete,
        StreamRecord stream => stream.Delivered < stream.Items.Count && stream.Items[stream.Delivered].IsComplete,
        _ => false,
    });

    private IncrementalPayload Deliver()
    {
        var pending = new List<PendingResult>();
        var incremental = new List<IncrementalResult>();
        var completed = new List<CompletedResult>();
        foreach (var record in _announced.ToArray())
        {
            if (record.IsFinished)
            {
                continue;
            }

            if (record is DeferredRecord deferred && (deferred.IsComplete || _pending == 0))
            {
                deferred.IsFinished = true;
                if (deferred.Failed)
                {
                    completed.Add(new CompletedResult(deferred.Id!, deferred.Errors, deferred.Path, deferred.Label));
                    continue;
                }

                if (deferred.Result.Fields.Length > 0)
                {
                    incremental.Add(new IncrementalResult { Id = deferred.Id!, Data = deferred.Result, Errors = deferred.Errors, Path = deferred.Path, Label = deferred.Label });
                }

                completed.Add(new CompletedResult(deferred.Id!, null, deferred.Path, deferred.Label));
                pending.AddRange(Announce(deferred.Children));
            }
            else if (record is StreamRecord stream)
            {
                DeliverItems(stream, pending, incremental, completed);
            }
        }

        return new IncrementalPayload
        {
            Pending = pending,
            Incremental = incremental,
            Completed = completed,
            HasNext = _announced.Exists(record => !record.IsFinished),
        };
    }

    /// <summary>A stream's next items, in order, as far as they are complete; an item that failed ends the stream.</summary>
    private void DeliverItems(StreamRecord stream, List<PendingResult> pending, List<IncrementalResult> incremental, List<CompletedResult> completed)
    {
        var first = stream.Delivered;
        var items = new List<object?>();
        var errors = new List<GraphQLError>();
        IReadOnlyList<GraphQLError>? failure = null;
        while (stream.Delivered < stream.Items.Count && (stream.Items[stream.Delivered].IsComplete || _pending == 0))
        {
            var item = stream.Items[stream.Delivered];
            if (item.Failed)
            {
                failure = item.Errors;
                break;
            }

            items.Add(item.Result.Values[0]);
            errors.AddRange(item.Errors);
            stream.Delivered++;
            pending.AddRange(Announce(item.Children));
        }

        if (items.Count > 0)
        {
            incremental.Add(new IncrementalResult { Id = stream.Id!, Items = items, ItemIndex = stream.Items[first].Index, Errors = errors, Path = stream.Path, Label = stream.Label });
        }

        if (failure is not null || stream.Delivered == stream.Items.Count)
        {
            stream.IsFinished = true;
            completed.Add(new CompletedResult(stream.Id!, failure, stream.Path, stream.Label));
        }
    }

    /// <summary>CompleteValue (spec §6.4.3).</summary>
    private void CompleteValue(ResultContainer container, int slot, GraphQLType type, PlannedField field, object? value)
    {
        if (value is Exception failure)
        {
            // As in graphql-js, an error given as a value (a list item that failed) is that position's field error.
            HandleFieldError(container, slot, field, failure);
            return;
        }

        if (type is NonNullType nonNull)
        {
            if (IsNull(value))
            {
                ReportError(container, new GraphQLError(
                    $"Cannot return null for non-nullable field {field.ParentType.Name}.{field.Field.Name}.",
                    ErrorCodes.NonNullViolation,
                    field.Locations,
                    container.PathOf(slot)));
                SetNull(container, slot);
                return;
            }

            type = nonNull.OfType;
        }

        if (IsNull(value))
        {
            container.Values[slot] = null;
            return;
        }

        switch (type)
        {
            case LeafType leaf:
                try
                {
                    container.Values[slot] = leaf.Serialize(JsonInput.ToClr(value));
                }
                catch (GraphQLCoercionException error)
                {
                    FieldError(container, slot, new GraphQLError(error.Message, ErrorCodes.ResultCoercionFailed, field.Locations, container.PathOf(slot), exception: error));
                }

                break;
            case ListType list:
                CompleteList(container, slot, list, field, value!);
                break;
            case ObjectType objectType:
                CompleteObject(container, slot, objectType, field, value is TypedValue typedObject ? typedObject.Value : value!);
                break;
            case var _ when value is TypedValue typed:
                // The resolver named the object type itself (federation's entities); it must be one of the abstract type's.
                if (_scope.Schema.IsSubType((NamedType)type, typed.Type))
                {
                    CompleteObject(container, slot, typed.Type, field, typed.Value);
                }
                else
                {
                    FieldError(container, slot, new GraphQLError(
                        $"Runtime Object type \"{typed.Type.Name}\" is not a possible type for \"{type}\".",
                        ErrorCodes.AbstractTypeResolutionFailed,
                        field.Locations,
                        container.PathOf(slot)));
                }

                break;
            default:
                var abstractType = (NamedType)type;
                if (RuntimeTypes.Resolve(_scope.Schema, abstractType, value!) is { } runtimeType)
                {
                    CompleteObject(container, slot, runtimeType, field, value!);
                }
                else
                {
                    FieldError(container, slot, new GraphQLError(
                        $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{field.ParentType.Name}.{field.Field.Name}\". "
                        + $"Neither a \"__typename\", a bound CLR type nor an IsTypeOf check matched a value of type \"{value!.GetType().Name}\".",
                        ErrorCodes.AbstractTypeResolutionFailed,
                        field.Locations,
                        container.PathOf(slot)));
                }

                break;
        }
    }

    private void CompleteList(ResultContainer container, int slot, ListType type, PlannedField field, object value)
    {
        if (value is System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Array } array)
        {
            value = array.EnumerateArray().Select(e => (object?)e).ToList();
        }

        if (value is string or IDictionary || value is not IEnumerable items)
        {
            FieldError(container, slot, new GraphQLError(
                $"Expected Iterable, but did not find one for field \"{field.ParentType.Name}.{field.Field.Name}\".",
                ErrorCodes.ResultCoercionFailed,
                field.Locations,
                container.PathOf(slot)));
            return;
        }

        // Lists of reference types are read by index (covariance makes them lists of object); anything else, a lazy
        // sequence included, is buffered first so its items complete in one pass.
        var buffered = items as IReadOnlyList<object?> ?? items.Cast<object?>().ToList();

        // @stream applies to the field's own list, not to lists nested in it: its first items come now.
        var stream = field.Stream is { } directive && ReferenceEquals(type, field.Type is NonNullType nonNull ? nonNull.OfType : field.Type) ? directive : null;
        var count = stream is null ? buffered.Count : Math.Min(stream.InitialCount, buffered.Count);
        var list = new ResultList(type.OfType, count, container, slot);
        container.Values[slot] = list;
        for (var index = 0; index < count && !list.IsDiscarded; index++)
        {
            CompleteValue(list, index, type.OfType, field, buffered[index]);
        }

        if (stream is not null && buffered.Count > count && !list.IsDiscarded)
        {
            StartStream(container.PathOf(slot), list, type.OfType, field, stream, buffered, count);
        }
    }

    /// <summary>Starts a stream's remaining items, each completing under its own one-item root at its index.</summary>
    private void StartStream(ResultPath path, ResultList list, GraphQLType itemType, PlannedField field, StreamDirective directive, IReadOnlyList<object?> items, int first)
    {
        var stream = new StreamRecord(list.Record, list, path, directive.Label);
        (list.Record?.Children ?? _initialChildren).Add(stream);
        for (var index = first; index < items.Count; index++)
        {
            var item = new StreamItemRecord(stream, path, index);
            item.Result = new ResultList(itemType, 1, null, 0, index) { Record = item, BasePath = path };
            stream.Items.Add(item);
            CompleteValue(item.Result, 0, itemType, field, items[index]);
            item.Started = true;
        }

        stream.Started = true;
    }

    private void CompleteObject(ResultContainer container, int slot, ObjectType type, PlannedField field, object value)
    {
        var deferred = _scope.Plan.Incremental ? new List<DeferredFragment>() : null;
        var fields = deferred is null ? field.GetChildren(type, _scope.Variables) : field.GetChildren(type, _scope.Variables, deferred);
        var result = new ResultObject(type, fields, container, slot);
        container.Values[slot] = result;
        for (var i = 0; i < fields.Length && !result.IsDiscarded; i++)
        {
            ExecuteField(result, i, value);
        }

        if (deferred is { Count: > 0 } && !result.IsDiscarded)
        {
            StartDeferred(result, fields, type, value, deferred);
        }
    }

    private void HandleFieldError(ResultContainer container, int slot, PlannedField field, Exception exception)
    {
        var path = container.PathOf(slot);
        var error = exception switch
        {
            GraphQLException known => new GraphQLError(known.Message, known.Code, field.Locations, path, known.Extensions, known),
            OperationCanceledException when _scope.Aborted.IsCancellationRequested => new GraphQLError(
                "The request was cancelled before the field completed.", ErrorCodes.Timeout, field.Locations, path, exception: exception),
            _ when _scope.Options.IncludeExceptionDetails => new GraphQLError(
                exception.Message,
                ErrorCodes.InternalServerError,
                field.Locations,
                path,
                new Dictionary<string, object?> { ["exception"] = new Dictionary<string, object?> { ["type"] = exception.GetType().FullName, ["stackTrace"] = exception.StackTrace } },
                exception),
            _ => new GraphQLError("Unexpected Execution Error", ErrorCodes.InternalServerError, field.Locations, path, exception: exception),
        };
        FieldError(container, slot, error);
    }

    private void FieldError(ResultContainer container, int slot, GraphQLError error)
    {
        ReportError(container, error);
        SetNull(container, slot);
    }

    /// <summary>Nulls a slot; a non-null slot passes the null up to the nearest nullable ancestor (spec §6.4.4).</summary>
    private void SetNull(ResultContainer container, int slot)
    {
        while (true)
        {
            container.Values[slot] = null;
            if (container.SlotType(slot) is not NonNullType || container.IsDiscarded)
            {
                return;
            }

            container.IsDiscarded = true;
            if (container.Parent is null)
            {
                // The root of a deferred fragment or streamed item fails that record alone; the initial root, the data.
                if (container.Record is { } record)
                {
                    record.Failed = true;
                }
                else
                {
                    _dataNulled = true;
                }

                return;
            }

            slot = container.ParentSlot;
            container = container.Parent;
        }
    }

    private static bool IsNull(object? value) =>
        value is null or DBNull || value is System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Null or System.Text.Json.JsonValueKind.Undefined };
}
