using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types;

/// <summary><c>URL</c>: an absolute URL. Coerces to <see cref="Uri"/>, serializes as its absolute form.</summary>
public sealed class UrlType : ScalarType
{
    public UrlType()
        : base("URL", "The `URL` scalar represents an absolute URL as specified by the WHATWG URL standard.", "https://url.spec.whatwg.org/")
    {
    }

    public override bool CanSerialize(Type clrType) => clrType == typeof(Uri) || clrType == typeof(string);

    public override object? Serialize(object? value) => value switch
    {
        Uri { IsAbsoluteUri: true } uri => uri.AbsoluteUri,
        string s => Parse(s, value).AbsoluteUri,
        _ => throw CannotRepresent("a non URL value", value),
    };

    public override object? ParseLiteral(ValueNode literal) =>
        literal is StringValueNode s && TryParse(s.Value, out var uri) ? uri : throw CannotRepresent("an invalid URL value", literal);

    protected override object? ParseClrValue(object value) =>
        value is string s ? Parse(s, value) : throw CannotRepresent("an invalid URL value", value);

    private Uri Parse(string text, object? value) =>
        TryParse(text, out var uri) ? uri : throw CannotRepresent("an invalid URL value", value);

    // Uri accepts "/path" as an absolute file URI on Unix; a URL needs a scheme, so require "scheme:".
    private static bool TryParse(string text, out Uri uri) =>
        Uri.TryCreate(text, UriKind.Absolute, out uri!) && text.StartsWith(uri.Scheme + ":", StringComparison.OrdinalIgnoreCase);
}
