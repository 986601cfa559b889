using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;
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

    public static void Write(Utf8JsonWriter writer, ExecutionResult result)
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

        if (result.Extensions.Count > 0)
        {
            writer.WritePropertyName("extensions"u8);
            WriteValue(writer, result.Extensions);
        }

        writer.WriteEndObject();
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
