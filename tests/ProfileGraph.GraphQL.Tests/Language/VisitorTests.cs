using ProfileGraph.GraphQL.Language;
using static ProfileGraph.GraphQL.Tests.Language.AstAssert;

namespace ProfileGraph.GraphQL.Tests.Language;

/// <summary>
/// <see cref="SyntaxVisitor"/> and <see cref="SyntaxRewriter"/>, modelled on graphql-js's visitor tests. The
/// enter/leave orders expected here are those graphql-js's <c>visit</c> produces for the same documents.
/// </summary>
public sealed class VisitorTests
{
    private static string Describe(SyntaxNode node) => node switch
    {
        NameNode name => $"{node.Kind} {name.Value}",
        IntValueNode value => $"{node.Kind} {value.Value}",
        _ => node.Kind.ToString(),
    };

    private static List<string> Trace(SyntaxNode root, SyntaxVisitor? visitor = null)
    {
        var trace = new List<string>();
        (visitor ?? new SyntaxVisitor())
            .Enter<SyntaxNode>(node => trace.Add("enter " + Describe(node)))
            .Leave<SyntaxNode>(node => trace.Add("leave " + node.Kind))
            .Visit(root);
        return trace;
    }

    [Fact]
    public void VisitsInSourceOrderEnteringBeforeAndLeavingAfterTheChildren()
    {
        Assert.Equal(
            [
                "enter Document", "enter OperationDefinition", "enter SelectionSet",
                "enter Field", "enter Name a", "leave Name", "leave Field",
                "enter Field", "enter Name b", "leave Name", "enter SelectionSet",
                "enter Field", "enter Name x", "leave Name", "leave Field",
                "leave SelectionSet", "leave Field",
                "enter Field", "enter Name c", "leave Name", "leave Field",
                "leave SelectionSet", "leave OperationDefinition", "leave Document",
            ],
            Trace(Parse("{ a, b { x }, c }")));
    }

    [Fact]
    public void VisitsEveryPartOfAnOperation()
    {
        Assert.Equal(
            [
                "enter Document", "enter OperationDefinition", "enter Name Q", "leave Name",
                "enter VariableDefinition", "enter Variable", "enter Name v", "leave Name", "leave Variable",
                "enter NamedType", "enter Name Int", "leave Name", "leave NamedType", "enter IntValue 1", "leave IntValue", "leave VariableDefinition",
                "enter Directive", "enter Name d", "leave Name", "leave Directive",
                "enter SelectionSet", "enter Field", "enter Name f", "leave Name",
                "enter Argument", "enter Name x", "leave Name", "enter ListValue", "enter Variable", "enter Name v", "leave Name", "leave Variable",
                "leave ListValue", "leave Argument", "leave Field",
                "enter FragmentSpread", "enter Name F", "leave Name", "leave FragmentSpread",
                "leave SelectionSet", "leave OperationDefinition", "leave Document",
            ],
            Trace(Parse("query Q($v: Int = 1) @d { f(x: [$v]) ...F }")));
    }

    [Fact]
    public void VisitsEveryNodeOfTheKitchenSinksOnce()
    {
        foreach (var name in new[] { "kitchen-sink.graphql", "schema-kitchen-sink.graphql" })
        {
            var document = Parse(Resource(name));
            var entered = new List<SyntaxNode>();
            var left = new List<SyntaxNode>();
            Assert.True(new SyntaxVisitor().Enter<SyntaxNode>(entered.Add).Leave<SyntaxNode>(left.Add).Visit(document));
            Assert.Equal(Descendants(document), entered);
            Assert.Equal(entered.Count, left.Count);
            Assert.Equal(entered.ToHashSet(ReferenceEqualityComparer.Instance).Count, entered.Count);
            Assert.Same(document, left[^1]);
        }
    }

    [Fact]
    public void SkipLeavesOutTheChildrenAndTheLeaveOfANode()
    {
        var visitor = new SyntaxVisitor().Enter<FieldNode>((field, _) => field.Name.Value == "b" ? VisitorAction.Skip : VisitorAction.Continue);
        Assert.Equal(
            [
                "enter Document", "enter OperationDefinition", "enter SelectionSet",
                "enter Field", "enter Name a", "leave Name", "leave Field",
                "enter Field", "enter Name c", "leave Name", "leave Field",
                "leave SelectionSet", "leave OperationDefinition", "leave Document",
            ],
            Trace(Parse("{ a, b { x }, c }"), visitor));
    }

    [Fact]
    public void BreakOnEnterStopsTheWholeWalk()
    {
        var visitor = new SyntaxVisitor().Enter<NameNode>((name, _) => name.Value == "x" ? VisitorAction.Break : VisitorAction.Continue);
        var trace = new List<string>();
        var completed = visitor
            .Enter<SyntaxNode>(node => trace.Add("enter " + Describe(node)))
            .Leave<SyntaxNode>(node => trace.Add("leave " + node.Kind))
            .Visit(Parse("{ a, b { x }, c }"));
        Assert.False(completed);
        Assert.Equal(
            [
                "enter Document", "enter OperationDefinition", "enter SelectionSet",
                "enter Field", "enter Name a", "leave Name", "leave Field",
                "enter Field", "enter Name b", "leave Name", "enter SelectionSet", "enter Field",
            ],
            trace);
    }

    [Fact]
    public void BreakOnLeaveStopsTheWholeWalk()
    {
        var trace = new List<string>();
        var completed = new SyntaxVisitor()
            .Enter<SyntaxNode>(node => trace.Add("enter " + Describe(node)))
            .Leave<FieldNode>((field, _) =>
            {
                trace.Add("leave Field " + field.Name.Value);
                return field.Name.Value == "x" ? VisitorAction.Break : VisitorAction.Continue;
            })
            .Visit(Parse("{ a, b { x }, c }"));
        Assert.False(completed);
        Assert.Equal(
            [
                "enter Document", "enter OperationDefinition", "enter SelectionSet", "enter Field", "enter Name a", "leave Field a",
                "enter Field", "enter Name b", "enter SelectionSet", "enter Field", "enter Name x", "leave Field x",
            ],
            trace);
    }

    [Fact]
    public void SkipFromLeaveGoesOnToTheNextSibling()
    {
        var trace = new List<string>();
        var completed = new SyntaxVisitor()
            .Enter<SyntaxNode>(node => trace.Add("enter " + Describe(node)))
            .Leave<SyntaxNode>(node => trace.Add("leave " + node.Kind))
            .Leave<NameNode>((_, _) => VisitorAction.Skip)
            .Visit(Parse("{ a, b { x }, c }"));
        Assert.True(completed);
        Assert.Equal(Trace(Parse("{ a, b { x }, c }")), trace);
    }

    [Fact]
    public void HandlersForABaseTypeSeeEveryDerivedKind()
    {
        var document = Parse("query Q($v: [Int] = [1]) { a(x: {y: \"s\", z: $v}) ...F ... on T { b } } type T implements I { f: E } extend union U = T");
        var selections = new List<SyntaxKind>();
        var values = new List<SyntaxKind>();
        var types = new List<SyntaxKind>();
        var definitions = new List<SyntaxKind>();
        new SyntaxVisitor()
            .Enter<SelectionNode>(node => selections.Add(node.Kind))
            .Enter<ValueNode>(node => values.Add(node.Kind))
            .Enter<TypeNode>(node => types.Add(node.Kind))
            .Enter<TypeDefinitionNode>(node => definitions.Add(node.Kind))
            .Visit(document);
        Assert.Equal([SyntaxKind.Field, SyntaxKind.FragmentSpread, SyntaxKind.InlineFragment, SyntaxKind.Field], selections);
        // A variable is a value too, in a variable definition as in an argument.
        Assert.Equal([SyntaxKind.Variable, SyntaxKind.ListValue, SyntaxKind.IntValue, SyntaxKind.ObjectValue, SyntaxKind.StringValue, SyntaxKind.Variable], values);
        Assert.Equal([SyntaxKind.ListType, SyntaxKind.NamedType, SyntaxKind.NamedType, SyntaxKind.NamedType, SyntaxKind.NamedType, SyntaxKind.NamedType], types);
        Assert.Equal([SyntaxKind.ObjectTypeDefinition, SyntaxKind.UnionTypeExtension], definitions);
    }

    [Fact]
    public void RunsHandlersInRegistrationOrderUntilOneStopsTheNode()
    {
        var calls = new List<string>();
        new SyntaxVisitor()
            .Enter<SyntaxNode>((node, _) =>
            {
                calls.Add("first " + node.Kind);
                return VisitorAction.Continue;
            })
            .Enter<FieldNode>((_, _) =>
            {
                calls.Add("second Field");
                return VisitorAction.Skip;
            })
            .Enter<SyntaxNode>((node, _) =>
            {
                calls.Add("third " + node.Kind);
                return VisitorAction.Continue;
            })
            .Visit(Parse("{ a }"));
        Assert.Equal(
            [
                "first Document", "third Document", "first OperationDefinition", "third OperationDefinition",
                "first SelectionSet", "third SelectionSet", "first Field", "second Field",
            ],
            calls);
    }

    [Fact]
    public void TracksAncestorsFromTheRootToTheParent()
    {
        var document = Parse("{ a, b { x } }");
        List<SyntaxKind>? onEnter = null;
        List<SyntaxKind>? onLeave = null;
        SyntaxNode? parentOfX = null;
        var rootAncestors = -1;
        new SyntaxVisitor()
            .Enter<DocumentNode>((_, context) =>
            {
                rootAncestors = context.Ancestors.Count;
                Assert.Null(context.Parent);
                return VisitorAction.Continue;
            })
            .Enter<NameNode>((name, context) =>
            {
                if (name.Value == "x")
                {
                    onEnter = context.Ancestors.Select(a => a.Kind).ToList();
                    parentOfX = context.Parent;
                }

                return VisitorAction.Continue;
            })
            .Leave<NameNode>((name, context) =>
            {
                if (name.Value == "x")
                {
                    onLeave = context.Ancestors.Select(a => a.Kind).ToList();
                }

                return VisitorAction.Continue;
            })
            .Visit(document);

        Assert.Equal(0, rootAncestors);
        List<SyntaxKind> expected =
        [
            SyntaxKind.Document, SyntaxKind.OperationDefinition, SyntaxKind.SelectionSet, SyntaxKind.Field, SyntaxKind.SelectionSet, SyntaxKind.Field,
        ];
        Assert.Equal(expected, onEnter);
        Assert.Equal(expected, onLeave);
        Assert.Equal("x", Assert.IsType<FieldNode>(parentOfX).Name.Value);
    }

    [Fact]
    public void AncestorsAreRestoredAfterASkippedSubtree()
    {
        var depths = new List<(string, int)>();
        new SyntaxVisitor()
            .Enter<FieldNode>((field, context) =>
            {
                depths.Add((field.Name.Value, context.Ancestors.Count));
                return field.Name.Value == "b" ? VisitorAction.Skip : VisitorAction.Continue;
            })
            .Visit(Parse("{ a b { x } c { y } }"));
        Assert.Equal([("a", 3), ("b", 3), ("c", 3), ("y", 5)], depths);
    }

    [Fact]
    public void VisitsASubtreeAsItsOwnRoot()
    {
        var field = Assert.IsType<FieldNode>(Assert.IsType<OperationDefinitionNode>(Parse("{ a(x: 1) { b } }").Definitions[0]).SelectionSet.Selections[0]);
        Assert.Equal(
            ["enter Field", "enter Name a", "leave Name", "enter Argument", "enter Name x", "leave Name", "enter IntValue 1", "leave IntValue", "leave Argument",
             "enter SelectionSet", "enter Field", "enter Name b", "leave Name", "leave Field", "leave SelectionSet", "leave Field"],
            Trace(field));
    }

    [Fact]
    public void RejectsNullArguments()
    {
        var visitor = new SyntaxVisitor();
        Assert.Throws<ArgumentNullException>(() => visitor.Visit(null!));
        Assert.Throws<ArgumentNullException>(() => visitor.Enter<FieldNode>((Action<FieldNode>)null!));
        Assert.Throws<ArgumentNullException>(() => visitor.Leave<FieldNode>((Func<FieldNode, SyntaxVisitorContext, VisitorAction>)null!));
        var rewriter = new SyntaxRewriter();
        Assert.Throws<ArgumentNullException>(() => rewriter.Rewrite(null!));
        Assert.Throws<ArgumentNullException>(() => rewriter.On<FieldNode>(null!));
    }

    [Fact]
    public void RewriterRenamesFields()
    {
        var document = Parse("query Q { a b: c { d } ...F } fragment F on T { e }");
        var rewritten = new SyntaxRewriter()
            .On<FieldNode>(field => field with { Name = field.Name with { Value = field.Name.Value.ToUpperInvariant() } })
            .Rewrite(document);
        Assert.Equal("query Q {\n  A\n  b: C {\n    D\n  }\n  ...F\n}\n\nfragment F on T {\n  E\n}", SyntaxPrinter.Print(rewritten!));
        Assert.Equal("query Q {\n  a\n  b: c {\n    d\n  }\n  ...F\n}\n\nfragment F on T {\n  e\n}", SyntaxPrinter.Print(document));
    }

    [Fact]
    public void RewriterWorksBottomUp()
    {
        var seen = new List<string>();
        new SyntaxRewriter()
            .On<NameNode>(name => name with { Value = name.Value + "!" })
            .On<FieldNode>(field =>
            {
                seen.Add(field.Name.Value);
                return field;
            })
            .Rewrite(Parse("{ a { b } }"));
        Assert.Equal(["b!", "a!"], seen);
    }

    [Fact]
    public void RewriterChainsHandlersInRegistrationOrder()
    {
        var rewritten = new SyntaxRewriter()
            .On<NameNode>(name => name with { Value = name.Value + "1" })
            .On<SyntaxNode>(node => node is NameNode name ? name with { Value = name.Value + "2" } : node)
            .Rewrite(Parse("{ a }"));
        Assert.Equal("{\n  a12\n}", SyntaxPrinter.Print(rewritten!));
    }

    [Fact]
    public void RewriterDeletesNodesFromListsWhenAHandlerReturnsNull()
    {
        var document = Parse("query Q($a: Int, $b: Int) @keep @drop { a @drop b(x: 1, y: 2) { c } d ...F @drop ... on T { e } }");
        var rewritten = new SyntaxRewriter()
            .On<FieldNode>(field => field.Name.Value is "b" or "e" ? null : field)
            .On<DirectiveNode>(directive => directive.Name.Value == "drop" ? null : directive)
            .On<VariableDefinitionNode>(variable => variable.Variable.Name.Value == "a" ? null : variable)
            .Rewrite(document);
        Assert.Equal("query Q($b: Int) @keep {\n  a\n  d\n  ...F\n  ... on T\n}", SyntaxPrinter.Print(rewritten!));
        var operation = Assert.IsType<OperationDefinitionNode>(Assert.IsType<DocumentNode>(rewritten).Definitions[0]);
        var inline = Assert.IsType<InlineFragmentNode>(operation.SelectionSet.Selections[^1]);
        Assert.Empty(inline.SelectionSet.Selections);
    }

    [Fact]
    public void RewriterDeletesOptionalNodes()
    {
        var document = Parse("\"desc\" query Q($v: Int = 1) { alias: a { b } ... on T { c } }");
        var rewritten = Assert.IsType<DocumentNode>(new SyntaxRewriter()
            .On<StringValueNode>(_ => null)
            .On<IntValueNode>(_ => null)
            .On<SelectionSetNode>(set => set.Selections.Count == 1 && set.Selections[0] is FieldNode { Name.Value: "b" } ? null : set)
            .On<NamedTypeNode>(type => type.Name.Value == "T" ? null : type)
            .On<FieldNode>(field => field.Alias is null ? field : field with { Alias = null })
            .Rewrite(document));
        Assert.Equal("query Q($v: Int) {\n  a\n  ... {\n    c\n  }\n}", SyntaxPrinter.Print(rewritten));
    }

    [Fact]
    public void RewriterKeepsTheIdentityOfWhatItDoesNotChange()
    {
        var document = Parse(Resource("kitchen-sink.graphql"));
        Assert.Same(document, new SyntaxRewriter().Rewrite(document));
        Assert.Same(document, new SyntaxRewriter().On<SyntaxNode>(node => node).Rewrite(document));
        Assert.Same(document, new SyntaxRewriter().On<NameNode>(name => name.Value == "no such name" ? null : name).Rewrite(document));

        var schema = Parse(Resource("schema-kitchen-sink.graphql"));
        Assert.Same(schema, new SyntaxRewriter().On<SyntaxNode>(node => node).Rewrite(schema));
    }

    [Fact]
    public void RewriterRebuildsOnlyThePathToAChange()
    {
        var document = Parse("{ a { b } } { c { d } } fragment F on T { e }");
        var rewritten = Assert.IsType<DocumentNode>(new SyntaxRewriter()
            .On<NameNode>(name => name.Value == "d" ? name with { Value = "D" } : name)
            .Rewrite(document));
        Assert.NotSame(document, rewritten);
        Assert.Same(document.Definitions[0], rewritten.Definitions[0]);
        Assert.NotSame(document.Definitions[1], rewritten.Definitions[1]);
        Assert.Same(document.Definitions[2], rewritten.Definitions[2]);
        var before = Assert.IsType<OperationDefinitionNode>(document.Definitions[1]).SelectionSet.Selections[0];
        var after = Assert.IsType<OperationDefinitionNode>(rewritten.Definitions[1]).SelectionSet.Selections[0];
        Assert.Same(((FieldNode)before).Name, ((FieldNode)after).Name);
        Assert.Equal(document.Definitions[1].Location, rewritten.Definitions[1].Location);
    }

    [Theory]
    [InlineData("{ a }")]
    [InlineData("query Q { a }")]
    [InlineData("type T { f: Int }")]
    [InlineData("directive @d on FIELD")]
    public void RewriterThrowsWhenARequiredNodeIsRemoved(string source)
    {
        var error = Assert.Throws<InvalidOperationException>(() => new SyntaxRewriter().On<NameNode>(name => name.Value is "a" or "f" or "d" or "T" ? null : name).Rewrite(Parse(source)));
        Assert.Contains("removed a required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RewriterThrowsWhenASelectionSetOrTypeIsRemoved()
    {
        Assert.Throws<InvalidOperationException>(() => new SyntaxRewriter().On<SelectionSetNode>(_ => null).Rewrite(Parse("query { a }")));
        Assert.Throws<InvalidOperationException>(() => new SyntaxRewriter().On<TypeNode>(_ => null).Rewrite(Parse("query ($v: Int) { a }")));
        Assert.Throws<InvalidOperationException>(() => new SyntaxRewriter().On<ValueNode>(_ => null).Rewrite(Parse("{ a(x: 1) }")));
    }

    [Fact]
    public void RewriterThrowsWhenANodeIsReplacedByTheWrongKind()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            new SyntaxRewriter().On<FieldNode>(_ => new NameNode(null, "oops")).Rewrite(Parse("{ a }")));
        Assert.Contains("Name", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => new SyntaxRewriter().On<NameNode>(_ => new IntValueNode(null, "1")).Rewrite(Parse("{ a }")));
    }

    [Fact]
    public void RewriterMayReplaceANodeByAnotherOfAFittingKind()
    {
        var rewritten = new SyntaxRewriter()
            .On<FragmentSpreadNode>(spread => new FieldNode(null, null, new NameNode(null, spread.Name.Value.ToLowerInvariant()), [], [], null))
            .On<VariableNode>(_ => new IntValueNode(null, "42"))
            .Rewrite(Parse("{ a(x: $v) ...F }"));
        Assert.Equal("{\n  a(x: 42)\n  f\n}", SyntaxPrinter.Print(rewritten!));
    }

    [Fact]
    public void RewritingAwayTheRootGivesNull() =>
        Assert.Null(new SyntaxRewriter().On<DocumentNode>(_ => null).Rewrite(Parse("{ a }")));
}
