using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;
using ProfileGraph.GraphQL.Execution.Incremental;
using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Execution.Results;

/// <summary>Writes an <see cref="ExecutionResult"/> with <see cref="Utf8JsonWriter"/>, fields in selection order.</summary>
internal static class ResultWriter
{
    /// <summary>
    /// Escapes only what JSON requires (quotes, backslashes, control characters), as JSON.stringify does, rather than
    /// also every non-ASCII or HTML-sensitive character: responses are served as JSON, never embedded in HTML.
    /// </summary>
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    public static void Write(Utf8JsonWriter writer, ExecutionResult result, IncrementalFormat format = IncrementalFormat.Current)
    {
        writer.WriteStartObject();
        if (result.Errors.Count > 0)
        {
            writer.WritePropertyName("errors"u8);
            WriteErrors(writer, result.Errors);
        }

        if (result.HasData)
        {
            writer.WritePropertyName("data"u8);
            WriteValue(writer, result.Data);
        }

        if (result.Subsequent is not null)
        {
            if (format == IncrementalFormat.Current)
            {
                writer.WritePropertyName("pending"u8);
                WritePending(writer, result.Pending);
            }

            writer.WriteBoolean("hasNext"u8, true);
        }

        if (result.Extensions.Count > 0)
        {
            writer.WritePropertyName("extensions"u8);
            WriteValue(writer, result.Extensions);
        }

        writer.WriteEndObject();
    }

    /// <summary>A subsequent result of incremental delivery, in <paramref name="format"/>.</summary>
    public static void Write(Utf8JsonWriter writer, IncrementalPayload payload, IncrementalFormat format)
    {
        writer.WriteStartObject();
        if (format == IncrementalFormat.Current)
        {
            if (payload.Pending.Count > 0)
            {
                writer.WritePropertyName("pending"u8);
                WritePending(writer, payload.Pending);
            }

            if (payload.Incremental.Count > 0)
            {
                writer.WritePropertyName("incremental"u8);
                writer.WriteStartArray();
                foreach (var entry in payload.Incremental)
                {
                    writer.WriteStartObject();
                    WriteEntryData(writer, entry);
                    if (entry.Errors.Count > 0)
                    {
                        writer.WritePropertyName("errors"u8);
                        WriteErrors(writer, entry.Errors);
                    }

                    writer.WriteString("id"u8, entry.Id);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            if (payload.Completed.Count > 0)
            {
                writer.WritePropertyName("completed"u8);
                writer.WriteStartArray();
                foreach (var completed in payload.Completed)
                {
                    writer.WriteStartObject();
                    writer.WriteString("id"u8, completed.Id);
                    if (completed.Errors is { Count: > 0 } errors)
                    {
                        writer.WritePropertyName("errors"u8);
                        WriteErrors(writer, errors);
                    }

                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }
        }
        else
        {
            WriteDraft20220824(writer, payload);
        }

        writer.WriteBoolean("hasNext"u8, payload.HasNext);
        writer.WriteEndObject();
    }

    // Apollo Client's draft: data and items by path; a record that failed as a whole is null data (or items) there.
    private static void WriteDraft20220824(Utf8JsonWriter writer, IncrementalPayload payload)
    {
        var failures = payload.Completed.Where(completed => completed.Errors is { Count: > 0 }).ToList();
        if (payload.Incremental.Count == 0 && failures.Count == 0)
        {
            return;
        }

        writer.WritePropertyName("incremental"u8);
        writer.WriteStartArray();
        foreach (var entry in payload.Incremental)
        {
            writer.WriteStartObject();
            WriteEntryData(writer, entry);
            writer.WritePropertyName("path"u8);
            WriteValue(writer, entry.Items is null ? entry.Path.ToList() : entry.Path.Append(entry.ItemIndex).ToList());
            if (entry.Label is not null)
            {
                writer.WriteString("label"u8, entry.Label);
            }

            if (entry.Errors.Count > 0)
            {
                writer.WritePropertyName("errors"u8);
                WriteErrors(writer, entry.Errors);
            }

            writer.WriteEndObject();
        }

        foreach (var failure in failures)
        {
            writer.WriteStartObject();
            writer.WriteNull("data"u8);
            writer.WritePropertyName("path"u8);
            WriteValue(writer, failure.Path.ToList());
            if (failure.Label is not null)
            {
                writer.WriteString("label"u8, failure.Label);
            }

            writer.WritePropertyName("errors"u8);
            WriteErrors(writer, failure.Errors!);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteEntryData(Utf8JsonWriter writer, IncrementalResult entry)
    {
        if (entry.Items is { } items)
        {
            writer.WritePropertyName("items"u8);
            WriteValue(writer, items);
        }
        else
        {
            writer.WritePropertyName("data"u8);
            WriteValue(writer, entry.Data);
        }
    }

    private static void WritePending(Utf8JsonWriter writer, IReadOnlyList<PendingResult> pending)
    {
        writer.WriteStartArray();
        foreach (var item in pending)
        {
            writer.WriteStartObject();
            writer.WriteString("id"u8, item.Id);
            writer.WritePropertyName("path"u8);
            WriteValue(writer, item.Path.ToList());
            if (item.Label is not null)
            {
                writer.WriteString("label"u8, item.Label);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteErrors(Utf8JsonWriter writer, IReadOnlyList<GraphQLError> errors)
    {
        writer.WriteStartArray();
        foreach (var error in errors)
        {
            writer.WriteStartObject();
            writer.WriteString("message"u8, error.Message);
            if (error.Locations.Count > 0)
            {
                writer.WritePropertyName("locations"u8);
                writer.WriteStartArray();
                foreach (var location in error.Locations)
                {
                    WriteLocation(writer, location);
                }

                writer.WriteEndArray();
            }

            if (error.Path is not null)
            {
                writer.WritePropertyName("path"u8);
                WriteValue(writer, error.Path.ToList());
            }

            writer.WritePropertyName("extensions"u8);
            WriteValue(writer, error.Extensions);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteLocation(Utf8JsonWriter writer, Location location)
    {
        writer.WriteStartObject();
        writer.WriteNumber("line"u8, location.Line);
        writer.WriteNumber("column"u8, location.Column);
        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case ResultObject obj:
                writer.WriteStartObject();
                for (var i = 0; i < obj.Fields.Length; i++)
                {
                    writer.WritePropertyName(obj.Fields[i].EncodedResponseName);
                    WriteValue(writer, obj.Values[i]);
                }

                writer.WriteEndObject();
                break;
            case ResultList list:
                writer.WriteStartArray();
                foreach (var item in list.Values)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool boolean:
                writer.WriteBooleanValue(boolean);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case double number:
                writer.WriteNumberValue(number);
                break;
            case float number:
                writer.WriteNumberValue(number);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                // Custom scalars serialize to JSON-ready values; anything else is written as its text.
                writer.WriteStringValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
        }
    }
}
