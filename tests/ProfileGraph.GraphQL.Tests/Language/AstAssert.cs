using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using FsCheck;
using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Tests.Language;

/// <summary>Assertions and helpers shared by the language tests.</summary>
internal static class AstAssert
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    /// <summary>
    /// Fails unless both trees have the same shape and values, node by node, whatever their <see cref="Location"/>s.
    /// Properties are found by reflection, so a property added to a node later is compared too.
    /// </summary>
    public static void StructurallyEqual(SyntaxNode expected, SyntaxNode actual)
    {
        var difference = FindDifference(expected, actual);
        Assert.True(difference is null, $"The trees differ at {difference}");
    }

    /// <summary>The path to the first difference between two trees, ignoring locations; null when there is none.</summary>
    public static string? FindDifference(SyntaxNode? expected, SyntaxNode? actual) => Compare(expected, actual, expected?.GetType().Name ?? "root");

    /// <summary>Parses and fails with the error when the source is not a document.</summary>
    public static DocumentNode Parse(string source, ParserOptions? options = null) => Utf8GraphQLParser.Parse(source, options);

    /// <summary>The error that parsing <paramref name="source"/> must end in.</summary>
    public static GraphQLSyntaxError ParseError(string source, ParserOptions? options = null) =>
        Assert.Throws<GraphQLSyntaxError>(() => Utf8GraphQLParser.Parse(source, options));

    /// <summary>The error that parsing <paramref name="source"/> as UTF-8 bytes must end in.</summary>
    public static GraphQLSyntaxError ParseError(byte[] source, ParserOptions? options = null) =>
        Assert.Throws<GraphQLSyntaxError>(() => Utf8GraphQLParser.Parse(source, options));

    /// <summary>Asserts the whole error: message (with its "Syntax Error: " prefix), 1-based line and column.</summary>
    public static void SyntaxError(GraphQLSyntaxError error, string message, int line, int column)
    {
        Assert.Equal(message, error.Message);
        Assert.Equal(message["Syntax Error: ".Length..], error.Description);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    public static void SyntaxError(string source, string message, int line, int column) =>
        SyntaxError(ParseError(source), message, line, column);

    /// <summary>Asserts a node's location: UTF-8 byte offsets and the line and column of its start.</summary>
    public static void Located(SyntaxNode node, int start, int end, int line, int column) =>
        Assert.Equal(new Location(start, end, line, column), node.Location);

    /// <summary>The source text a node was parsed from, cut out by its byte offsets.</summary>
    public static string SourceOf(string source, SyntaxNode node)
    {
        var location = Assert.NotNull(node.Location);
        var bytes = Encoding.UTF8.GetBytes(source);
        return Encoding.UTF8.GetString(bytes, location.Start, location.End - location.Start);
    }

    /// <summary>Reads a document from the Resources folder copied next to the test assembly.</summary>
    public static string Resource(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Language", "Resources", name));

    /// <summary>Every node of a tree, depth-first in source order, the root first.</summary>
    public static IEnumerable<SyntaxNode> Descendants(SyntaxNode root)
    {
        var stack = new Stack<SyntaxNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            foreach (var child in node.GetChildren().Reverse())
            {
                stack.Push(child);
            }
        }
    }

    private static string? Compare(object? expected, object? actual, string path)
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null ? null : $"{path}: expected {Show(expected)}, found {Show(actual)}";
        }

        if (expected.GetType() != actual.GetType())
        {
            return $"{path}: expected a {expected.GetType().Name}, found a {actual.GetType().Name}";
        }

        switch (expected)
        {
            case SyntaxNode node:
                foreach (var property in PropertiesOf(node.GetType()))
                {
                    var difference = Compare(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}");
                    if (difference is not null)
                    {
                        return difference;
                    }
                }

                return null;
            case string:
                return Equals(expected, actual) ? null : $"{path}: expected {Show(expected)}, found {Show(actual)}";
            case IEnumerable sequence:
                var expectedItems = sequence.Cast<object?>().ToList();
                var actualItems = ((IEnumerable)actual).Cast<object?>().ToList();
                for (var i = 0; i < Math.Min(expectedItems.Count, actualItems.Count); i++)
                {
                    var difference = Compare(expectedItems[i], actualItems[i], $"{path}[{i}]");
                    if (difference is not null)
                    {
                        return difference;
                    }
                }

                return expectedItems.Count == actualItems.Count
                    ? null
                    : $"{path}: expected {expectedItems.Count} items, found {actualItems.Count}";
            default:
                return Equals(expected, actual) ? null : $"{path}: expected {Show(expected)}, found {Show(actual)}";
        }
    }

    // Public instance properties, less Location: records also expose Kind and the like, which must agree too.
    private static PropertyInfo[] PropertiesOf(Type type) =>
        Properties.GetOrAdd(type, static t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name != nameof(SyntaxNode.Location) && p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToArray());

    private static string Show(object? value) => value switch
    {
        null => "null",
        string text => $"\"{text}\"",
        SyntaxNode node => $"a {node.GetType().Name}",
        _ => value.ToString() ?? "?",
    };
}

/// <summary>FsCheck settings for the property tests: a fixed seed, so every run checks the same cases.</summary>
internal static class PropertyConfig
{
    /// <summary>
    /// Throws on the first failing case, with the counterexample. To explore other cases, change the seed: a
    /// failure is reproduced by running the test again, since the seed is part of the configuration.
    /// </summary>
    public static Config Replayable(int maxTest, ulong seed = 20250901) =>
        Config.QuickThrowOnFailure.WithMaxTest(maxTest).WithQuietOnSuccess(true).WithReplay(seed, 0x9E3779B97F4A7C15UL);
}
