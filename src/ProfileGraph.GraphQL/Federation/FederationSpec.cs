using System.Globalization;
using System.Text;

namespace ProfileGraph.GraphQL.Federation;

/// <summary>
/// The definitions an Apollo Federation 2 subgraph links with <c>@link(url: "https://specs.apollo.dev/federation/v2.N")</c>:
/// the link spec's own (<c>@link</c>, <c>link__Purpose</c>, <c>link__Import</c>) and, for each federation version,
/// its directives and scalars, in the order and shape <c>@apollo/subgraph</c> 2.14 defines them. Elements the
/// schema does not import are named <c>federation__name</c> (or with the link's <c>as:</c> prefix).
/// </summary>
internal static class FederationSpec
{
    public const string LinkSpecUrl = "https://specs.apollo.dev/link/v1.0";

    public const string UrlPrefix = "https://specs.apollo.dev/federation/v";

    /// <summary>The newest federation version defined here: v2.0 to v2.14, as @apollo/subgraph 2.14 knows them.</summary>
    public const int LatestMinor = 14;

    public const string LinkPurposeType = "link__Purpose";

    public const string LinkImportType = "link__Import";

    private const string OnEverything = "FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ARGUMENT_DEFINITION | SCALAR | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION";

    private const string OnAccessControl = "FIELD_DEFINITION | OBJECT | INTERFACE | SCALAR | ENUM";

    /// <summary>A federation directive: the version that introduced it and its definition for a version, given the names in use.</summary>
    private sealed record DirectiveSpec(string Name, int Since, Func<int, FederationNames, string> Define);

    private static readonly DirectiveSpec[] Directives =
    [
        new("key", 0, (_, n) => $"directive @{n.Directive("key")}(fields: {n.Type("FieldSet")}!, resolvable: Boolean = true) repeatable on OBJECT | INTERFACE"),
        new("requires", 0, (_, n) => $"directive @{n.Directive("requires")}(fields: {n.Type("FieldSet")}!) on FIELD_DEFINITION"),
        new("provides", 0, (_, n) => $"directive @{n.Directive("provides")}(fields: {n.Type("FieldSet")}!) on FIELD_DEFINITION"),
        new("external", 0, (_, n) => $"directive @{n.Directive("external")}(reason: String) on OBJECT | FIELD_DEFINITION"),
        new("tag", 0, (v, n) => $"directive @{n.Directive("tag")}(name: String!) repeatable on {OnEverything}{(v >= 3 ? " | SCHEMA" : "")}"),
        new("extends", 0, (_, n) => $"directive @{n.Directive("extends")} on OBJECT | INTERFACE"),
        new("shareable", 0, (v, n) => $"directive @{n.Directive("shareable")}{(v >= 2 ? " repeatable" : "")} on OBJECT | FIELD_DEFINITION"),
        new("inaccessible", 0, (_, n) => $"directive @{n.Directive("inaccessible")} on {OnEverything}"),
        new("override", 0, (v, n) => $"directive @{n.Directive("override")}(from: String!{(v >= 7 ? ", label: String" : "")}) on FIELD_DEFINITION"),
        new("composeDirective", 1, (_, n) => $"directive @{n.Directive("composeDirective")}(name: String) repeatable on SCHEMA"),
        new("interfaceObject", 3, (_, n) => $"directive @{n.Directive("interfaceObject")} on OBJECT"),
        new("authenticated", 5, (_, n) => $"directive @{n.Directive("authenticated")} on {OnAccessControl}"),
        new("requiresScopes", 5, (_, n) => $"directive @{n.Directive("requiresScopes")}(scopes: [[{n.Type("Scope")}!]!]!) on {OnAccessControl}"),
        new("policy", 6, (_, n) => $"directive @{n.Directive("policy")}(policies: [[{n.Type("Policy")}!]!]!) on {OnAccessControl}"),
        new("context", 8, (_, n) => $"directive @{n.Directive("context")}(name: String!) repeatable on INTERFACE | OBJECT | UNION"),
        new("fromContext", 8, (_, n) => $"directive @{n.Directive("fromContext")}(field: {n.Type("ContextFieldValue")}) on ARGUMENT_DEFINITION"),
        new("cost", 9, (_, n) => $"directive @{n.Directive("cost")}(weight: Int!) on ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR"),
        new("listSize", 9, (_, n) => $"directive @{n.Directive("listSize")}(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION"),
        new("cacheTag", 12, (_, n) => $"directive @{n.Directive("cacheTag")}(format: String!) repeatable on OBJECT | FIELD_DEFINITION"),
    ];

    /// <summary>The federation scalars by the version that introduced them.</summary>
    private static readonly (string Name, int Since)[] ScalarTypes = [("FieldSet", 0), ("Scope", 5), ("Policy", 6), ("ContextFieldValue", 8)];

    /// <summary>Whether version 2.<paramref name="minor"/> defines the directive (without "@") or scalar named <paramref name="name"/>.</summary>
    public static bool Defines(int minor, string name, bool isDirective) => isDirective
        ? Directives.Any(d => d.Name == name && d.Since <= minor)
        : ScalarTypes.Any(t => t.Name == name && t.Since <= minor);

    /// <summary>The version a federation spec URL names (<c>https://specs.apollo.dev/federation/v2.7</c> is 2.7); false for another URL.</summary>
    public static bool TryParseUrl(string url, out int major, out int minor)
    {
        major = minor = -1;
        var trimmed = url.TrimEnd('/');
        if (!trimmed.StartsWith(UrlPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var parts = trimmed[UrlPrefix.Length..].Split('.');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out major)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out minor);
    }

    /// <summary>
    /// The SDL of the link spec and of federation 2.<paramref name="minor"/>: directive definitions, then
    /// <c>link__Purpose</c>, <c>link__Import</c> and the federation scalars, each left out when
    /// <paramref name="isDefined"/> says the schema defines that name itself.
    /// </summary>
    public static string Definitions(int minor, FederationNames names, Func<string, bool> isDefined)
    {
        var sdl = new StringBuilder();
        if (!isDefined("@link"))
        {
            sdl.Append("directive @link(url: String, as: String, for: ").Append(LinkPurposeType).Append(", import: [").Append(LinkImportType).Append("]) repeatable on SCHEMA\n");
        }

        foreach (var directive in Directives.Where(d => d.Since <= minor && !isDefined("@" + names.Directive(d.Name))))
        {
            sdl.Append(directive.Define(minor, names)).Append('\n');
        }

        if (!isDefined(LinkPurposeType))
        {
            sdl.Append("enum ").Append(LinkPurposeType).Append(" {\n")
                .Append("  \"`SECURITY` features provide metadata necessary to securely resolve fields.\"\n  SECURITY\n")
                .Append("  \"`EXECUTION` features provide metadata necessary for operation execution.\"\n  EXECUTION\n}\n");
        }

        if (!isDefined(LinkImportType))
        {
            sdl.Append("scalar ").Append(LinkImportType).Append('\n');
        }

        foreach (var (name, _) in ScalarTypes.Where(t => t.Since <= minor && !isDefined(names.Type(t.Name))))
        {
            sdl.Append("scalar ").Append(names.Type(name)).Append('\n');
        }

        return sdl.ToString();
    }
}

/// <summary>
/// The names a subgraph's federation elements have: imported ones by their import (possibly renamed with
/// <c>{ name: "@key", as: "@id" }</c>), the rest prefixed with the link's namespace (<c>federation__requires</c>).
/// </summary>
internal sealed class FederationNames(string prefix, IReadOnlyDictionary<string, string> importedDirectives, IReadOnlyDictionary<string, string> importedTypes)
{
    /// <summary>The name (without "@") of the federation directive <paramref name="name"/> in this schema.</summary>
    public string Directive(string name) => importedDirectives.GetValueOrDefault(name) ?? prefix + "__" + name;

    /// <summary>The name of the federation scalar <paramref name="name"/> (FieldSet, Scope, ...) in this schema.</summary>
    public string Type(string name) => importedTypes.GetValueOrDefault(name) ?? prefix + "__" + name;
}
