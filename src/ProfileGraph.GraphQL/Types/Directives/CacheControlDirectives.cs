using System.Globalization;
using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types;

/// <summary>
/// HTTP cache hints as Apollo Server's cache-control plugin and HotChocolate's <c>@cacheControl</c> read them:
/// <c>@cacheControl(maxAge:, scope: PUBLIC|PRIVATE, inheritMaxAge:)</c> on fields, object types, interfaces and
/// unions. A schema declares them with <see cref="Sdl"/>; the execution pipeline reads them into a response's
/// <see cref="Execution.CacheControl.CachePolicy"/>.
/// </summary>
public static class CacheControlDirectives
{
    public const string CacheControl = "cacheControl";

    /// <summary>Apollo's definitions, word for word, so the same SDL serves both.</summary>
    public const string Sdl = """
        enum CacheControlScope {
          PUBLIC
          PRIVATE
        }

        directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION
        """;

    /// <summary>What <c>@cacheControl</c> says of <paramref name="element"/>, or null when it has none.</summary>
    public static CacheHint? HintOf(IHasDirectives element)
    {
        ArgumentNullException.ThrowIfNull(element);
        if (element.GetDirective(CacheControl) is not { } directive)
        {
            return null;
        }

        return new CacheHint(
            directive.GetArgument("maxAge") is IntValueNode maxAge ? int.Parse(maxAge.Value, CultureInfo.InvariantCulture) : null,
            directive.GetArgument("scope") is EnumValueNode { Value: var scope } ? scope == "PRIVATE" ? CacheControlScope.Private : CacheControlScope.Public : null,
            directive.GetArgument("inheritMaxAge") is BooleanValueNode { Value: true });
    }
}

/// <summary>Who may reuse a response: any cache (<see cref="Public"/>), or only the client's own (<see cref="Private"/>).</summary>
public enum CacheControlScope
{
    Public,
    Private,
}

/// <summary>
/// One element's cache hint: how many seconds its value stays fresh (null: the hint says nothing of it), its scope
/// (null: public unless another hint says private), and whether a field of a composite type takes its parent's
/// max-age instead of the default.
/// </summary>
public readonly record struct CacheHint(int? MaxAge = null, CacheControlScope? Scope = null, bool InheritMaxAge = false)
{
    /// <summary>This hint with what <paramref name="other"/> says in its place (Apollo's "replace").</summary>
    public CacheHint With(CacheHint other) =>
        new(other.MaxAge ?? MaxAge, other.Scope ?? Scope, other.InheritMaxAge || (InheritMaxAge && other.MaxAge is null));
}
