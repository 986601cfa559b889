using System.Collections;
using System.Threading.Channels;
using ProfileGraph.GraphQL.Binding;
using ProfileGraph.GraphQL.Execution.Planning;
using ProfileGraph.GraphQL.Execution.Results;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Execution;

/// <summary>
/// Executes one operation (spec §6.2–§6.4). Resolvers that finish synchronously are completed inline, depth
/// first; those that return a pending task are awaited by one loop, which receives their completions through a
/// channel and is the only writer of the response tree. When nothing can make progress without data, the loop
/// dispatches the DataLoader batches gathered so far, so in-flight siblings at every depth share one batch.
/// </summary>
internal sealed class OperationExecutor
{
    private readonly ExecutionRequestScope _scope;
    private readonly List<GraphQLError> _errors = [];
    // Made when the first resolver goes pending: most requests complete inline and never need it.
    private Channel<IExecutorWork>? _completions;

    private readonly List<PendingField> _pendingFields = [];
    private int _pending;

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
        var rootFields = plan.GetRootFields(_scope.Variables);
        var root = new ResultObject(plan.RootType, rootFields, null, 0);
        using (_scope)
        {
            var serial = plan.Operation.Operation == Language.OperationType.Mutation;
            for (var i = 0; i < rootFields.Length; i++)
            {
                ExecuteField(root, i, _scope.RootValue);
                if (serial || i == rootFields.Length - 1)
                {
                    // Mutation root fields run one after another (spec §6.2.2); query fields all start first.
                    await RunUntilIdleAsync().ConfigureAwait(false);
                }
            }
        }

        ExecutionResult result;
        lock (_errors)
        {
            result = new ExecutionResult(_dataNulled ? null : root, [.. _errors]);
        }

        _scope.ResultExtensions.CopyTo(result.Extensions);
        return result;
    }

    internal void ReportError(GraphQLError error)
    {
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

    private async Task RunUntilIdleAsync()
    {
        while (_pending > 0)
        {
            var reader = _completions!.Reader;
            while (reader.TryRead(out var work))
            {
                work.Run(this);
            }

            if (_pending == 0)
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
            ReportError(new GraphQLError(message, ErrorCodes.Timeout, pending.Field.Locations, pending.Owner.PathOf(pending.Slot)));
            SetNull(pending.Owner, pending.Slot);
        }

        _pending = 0;
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
                ReportError(new GraphQLError(
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
        var list = new ResultList(type.OfType, buffered.Count, container, slot);
        container.Values[slot] = list;
        for (var index = 0; index < buffered.Count && !list.IsDiscarded; index++)
        {
            CompleteValue(list, index, type.OfType, field, buffered[index]);
        }
    }

    private void CompleteObject(ResultContainer container, int slot, ObjectType type, PlannedField field, object value)
    {
        var fields = field.GetChildren(type, _scope.Variables);
        var result = new ResultObject(type, fields, container, slot);
        container.Values[slot] = result;
        for (var i = 0; i < fields.Length && !result.IsDiscarded; i++)
        {
            ExecuteField(result, i, value);
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
        ReportError(error);
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
                _dataNulled = true;
                return;
            }

            slot = container.ParentSlot;
            container = container.Parent;
        }
    }

    private static bool IsNull(object? value) =>
        value is null or DBNull || value is System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Null or System.Text.Json.JsonValueKind.Undefined };
}
