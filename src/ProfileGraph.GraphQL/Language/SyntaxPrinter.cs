using System.Globalization;
using System.Text;

namespace ProfileGraph.GraphQL.Language;

/// <summary>
/// Prints an AST in graphql-js's <c>print</c> layout (two-space indents, arguments wrapped past 80 columns),
/// so that parsing the output gives back the same tree and JavaScript tooling prints the same text.
/// </summary>
public static class SyntaxPrinter
{
    private const int MaxLineLength = 80;

    public static string Print(SyntaxNode node) => node switch
    {
        NameNode n => n.Value,
        DocumentNode n => Join(n.Definitions.Select(Print), "\n\n"),
        OperationDefinitionNode n => PrintOperation(n),
        VariableDefinitionNode n => Wrap("", PrintOptional(n.Description), "\n") + Print(n.Variable) + ": " + Print(n.Type)
            + Wrap(" = ", PrintOptional(n.DefaultValue)) + Wrap(" ", Join(n.Directives)),
        SelectionSetNode n => Block(n.Selections.Select(Print)),
        FieldNode n => PrintField(n),
        ArgumentNode n => n.Name.Value + ": " + Print(n.Value),
        FragmentSpreadNode n => "..." + n.Name.Value + Wrap(" ", Join(n.Directives)),
        InlineFragmentNode n => Join(["...", Wrap("on ", PrintOptional(n.TypeCondition)), Join(n.Directives), Print(n.SelectionSet)], " "),
        FragmentDefinitionNode n => Wrap("", PrintOptional(n.Description), "\n") + "fragment " + n.Name.Value + " on " + n.TypeCondition.Name.Value
            + " " + Wrap("", Join(n.Directives), " ") + Print(n.SelectionSet),
        VariableNode n => "$" + n.Name.Value,
        IntValueNode n => n.Value,
        FloatValueNode n => n.Value,
        StringValueNode n => n.Block ? BlockString.Print(n.Value) : PrintString(n.Value),
        BooleanValueNode n => n.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode n => n.Value,
        ListValueNode n => "[" + Join(n.Values.Select(Print), ", ") + "]",
        ObjectValueNode n => "{" + Join(n.Fields.Select(Print), ", ") + "}",
        ObjectFieldNode n => n.Name.Value + ": " + Print(n.Value),
        DirectiveNode n => "@" + n.Name.Value + Wrap("(", Join(n.Arguments.Select(Print), ", "), ")"),
        NamedTypeNode n => n.Name.Value,
        ListTypeNode n => "[" + Print(n.Type) + "]",
        NonNullTypeNode n => Print(n.Type) + "!",
        SchemaDefinitionNode n => Described(n.Description, Join(["schema", Join(n.Directives), Block(n.OperationTypes.Select(Print))], " ")),
        SchemaExtensionNode n => Join(["extend schema", Join(n.Directives), Block(n.OperationTypes.Select(Print))], " "),
        OperationTypeDefinitionNode n => OperationKeyword(n.Operation) + ": " + Print(n.Type),
        ScalarTypeDefinitionNode n => Described(n.Description, Join(["scalar", n.Name.Value, Join(n.Directives)], " ")),
        ScalarTypeExtensionNode n => Join(["extend scalar", n.Name.Value, Join(n.Directives)], " "),
        ObjectTypeDefinitionNode n => Described(n.Description, PrintComposite("type", n.Name, n.Interfaces, n.Directives, n.Fields)),
        ObjectTypeExtensionNode n => PrintComposite("extend type", n.Name, n.Interfaces, n.Directives, n.Fields),
        InterfaceTypeDefinitionNode n => Described(n.Description, PrintComposite("interface", n.Name, n.Interfaces, n.Directives, n.Fields)),
        InterfaceTypeExtensionNode n => PrintComposite("extend interface", n.Name, n.Interfaces, n.Directives, n.Fields),
        UnionTypeDefinitionNode n => Described(n.Description, PrintUnion("union", n.Name, n.Directives, n.Types)),
        UnionTypeExtensionNode n => PrintUnion("extend union", n.Name, n.Directives, n.Types),
        EnumTypeDefinitionNode n => Described(n.Description, Join(["enum", n.Name.Value, Join(n.Directives), Block(n.Values.Select(Print))], " ")),
        EnumTypeExtensionNode n => Join(["extend enum", n.Name.Value, Join(n.Directives), Block(n.Values.Select(Print))], " "),
        EnumValueDefinitionNode n => Described(n.Description, Join([n.Name.Value, Join(n.Directives)], " ")),
        InputObjectTypeDefinitionNode n => Described(n.Description, Join(["input", n.Name.Value, Join(n.Directives), Block(n.Fields.Select(Print))], " ")),
        InputObjectTypeExtensionNode n => Join(["extend input", n.Name.Value, Join(n.Directives), Block(n.Fields.Select(Print))], " "),
        FieldDefinitionNode n => Described(n.Description, n.Name.Value + PrintArgumentDefinitions(n.Arguments) + ": " + Print(n.Type)
            + Wrap(" ", Join(n.Directives))),
        InputValueDefinitionNode n => Described(n.Description, n.Name.Value + ": " + Print(n.Type)
            + Wrap(" = ", PrintOptional(n.DefaultValue)) + Wrap(" ", Join(n.Directives))),
        DirectiveDefinitionNode n => Described(n.Description, "directive @" + n.Name.Value + PrintArgumentDefinitions(n.Arguments)
            + (n.IsRepeatable ? " repeatable" : "") + " on " + Join(n.Locations.Select(Print), " | ")),
        _ => throw new ArgumentOutOfRangeException(nameof(node), node.Kind, "Unknown syntax node."),
    };

    /// <summary>Prints a string literal with graphql-js's escapes (C0 and C1 control characters as <c>\uXXXX</c>).</summary>
    public static string PrintString(string value) => Quote(value, asJson: false);

    /// <summary>A string as JavaScript's <c>JSON.stringify</c> writes it (C0 control characters only, as <c>\uxxxx</c>).</summary>
    internal static string PrintJsonString(string value) => Quote(value, asJson: true);

    private static string Quote(string value, bool asJson)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\t': builder.Append("\\t"); break;
                case '\n': builder.Append("\\n"); break;
                case '\f': builder.Append("\\f"); break;
                case '\r': builder.Append("\\r"); break;
                case < '\u0020':
                    builder.Append("\\u").Append(((int)c).ToString(asJson ? "x4" : "X4", CultureInfo.InvariantCulture));
                    break;
                case >= '\u007F' and <= '\u009F' when !asJson:
                    builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default: builder.Append(c); break;
            }
        }

        return builder.Append('"').ToString();
    }

    public static string OperationKeyword(OperationType operation) => operation switch
    {
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "query",
    };

    private static string PrintOptional(SyntaxNode? node) => node is null ? "" : Print(node);

    private static string PrintOperation(OperationDefinitionNode n)
    {
        var variables = n.VariableDefinitions.Select(Print).ToList();
        // graphql-js puts described variables on their own lines without indenting them; so do we.
        var variableDefinitions = variables.Any(v => v.Contains('\n', StringComparison.Ordinal))
            ? Wrap("(\n", Join(variables, "\n"), "\n)")
            : Wrap("(", Join(variables, ", "), ")");
        var keyword = OperationKeyword(n.Operation);
        var prefix = Wrap("", PrintOptional(n.Description), "\n")
            + Join([keyword, PrintOptional(n.Name) + variableDefinitions, Join(n.Directives)], " ");

        // An anonymous query with no variables or directives prints as the { ... } shorthand.
        var shorthand = n.Operation == OperationType.Query && prefix.Length == keyword.Length;
        return (shorthand ? "" : prefix + " ") + Print(n.SelectionSet);
    }

    private static string PrintField(FieldNode n)
    {
        var prefix = Wrap("", PrintOptional(n.Alias), ": ") + n.Name.Value;
        var arguments = n.Arguments.Select(Print).ToList();
        var line = prefix;
        if (arguments.Count > 0)
        {
            var inline = Join(arguments, ", ");
            line += prefix.Length + inline.Length + 2 > MaxLineLength
                ? Wrap("(\n", Indent(Join(arguments, "\n")), "\n)")
                : "(" + inline + ")";
        }

        return line + Wrap(" ", Join(n.Directives)) + Wrap(" ", PrintOptional(n.SelectionSet));
    }

    private static string PrintArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        var printed = arguments.Select(Print).ToList();
        return printed.Any(a => a.Contains('\n', StringComparison.Ordinal))
            ? Wrap("(\n", Indent(Join(printed, "\n")), "\n)")
            : Wrap("(", Join(printed, ", "), ")");
    }

    private static string PrintComposite(
        string keyword,
        NameNode name,
        IReadOnlyList<NamedTypeNode> interfaces,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<FieldDefinitionNode> fields) =>
        Join([keyword, name.Value, Wrap("implements ", Join(interfaces.Select(Print), " & ")), Join(directives), Block(fields.Select(Print))], " ");

    private static string PrintUnion(string keyword, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<NamedTypeNode> types) =>
        Join([keyword, name.Value, Join(directives), Wrap("= ", Join(types.Select(Print), " | "))], " ");

    private static string Described(StringValueNode? description, string printed) => Wrap("", PrintOptional(description), "\n") + printed;

    private static string Join(IReadOnlyList<DirectiveNode> directives) => Join(directives.Select(Print), " ");

    private static string Join(IEnumerable<string> parts, string separator = "") =>
        string.Join(separator, parts.Where(part => part.Length > 0));

    private static string Block(IEnumerable<string> items) => Wrap("{\n", Indent(Join(items, "\n")), "\n}");

    private static string Wrap(string start, string value, string end = "") => value.Length > 0 ? start + value + end : "";

    private static string Indent(string value) => Wrap("  ", value.Replace("\n", "\n  ", StringComparison.Ordinal));
}
