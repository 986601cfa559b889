namespace ProfileGraph.GraphQL.Language;

/// <summary>
/// The rewriting form of the visitor: rewrites run bottom-up (on leave), each returning a replacement node,
/// the same node, or null to remove it from its parent's list. Untouched subtrees keep their identity, so a
/// rewrite that changes nothing returns the very tree it was given.
/// </summary>
public sealed class SyntaxRewriter
{
    private readonly List<(Type Type, Func<SyntaxNode, SyntaxNode?> Rewrite)> _rewrites = [];

    public SyntaxRewriter On<TNode>(Func<TNode, SyntaxNode?> rewrite)
        where TNode : SyntaxNode
    {
        ArgumentNullException.ThrowIfNull(rewrite);
        _rewrites.Add((typeof(TNode), node => rewrite((TNode)node)));
        return this;
    }

    /// <summary>The rewritten tree, or null when the root itself was removed.</summary>
    public SyntaxNode? Rewrite(SyntaxNode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        return Visit(root);
    }

    private SyntaxNode? Visit(SyntaxNode node)
    {
        SyntaxNode? current = RebuildChildren(node);
        foreach (var (type, rewrite) in _rewrites)
        {
            if (current is null)
            {
                break;
            }

            if (type.IsInstanceOfType(current))
            {
                current = rewrite(current);
            }
        }

        return current;
    }

    private SyntaxNode RebuildChildren(SyntaxNode node)
    {
        var changed = false;
        return node switch
        {
            DocumentNode n => Changed(n, ref changed, List(n.Definitions, ref changed), d => n with { Definitions = d }),
            OperationDefinitionNode n => Changed(n, ref changed, Opt(n.Description, ref changed), Opt(n.Name, ref changed),
                List(n.VariableDefinitions, ref changed), List(n.Directives, ref changed), Req(n.SelectionSet, ref changed),
                (d, name, v, dir, s) => n with { Description = d, Name = name, VariableDefinitions = v, Directives = dir, SelectionSet = s }),
            VariableDefinitionNode n => Changed(n, ref changed, Opt(n.Description, ref changed), Req(n.Variable, ref changed),
                Req(n.Type, ref changed), Opt(n.DefaultValue, ref changed), List(n.Directives, ref changed),
                (d, v, t, dv, dir) => n with { Description = d, Variable = v, Type = t, DefaultValue = dv, Directives = dir }),
            SelectionSetNode n => Changed(n, ref changed, List(n.Selections, ref changed), s => n with { Selections = s }),
            FieldNode n => Changed(n, ref changed, Opt(n.Alias, ref changed), Req(n.Name, ref changed), List(n.Arguments, ref changed),
                List(n.Directives, ref changed), Opt(n.SelectionSet, ref changed),
                (a, name, args, dir, s) => n with { Alias = a, Name = name, Arguments = args, Directives = dir, SelectionSet = s }),
            ArgumentNode n => Changed(n, ref changed, Req(n.Name, ref changed), Req(n.Value, ref changed), (name, v) => n with { Name = name, Value = v }),
            FragmentSpreadNode n => Changed(n, ref changed, Req(n.Name, ref changed), List(n.Directives, ref changed),
                (name, dir) => n with { Name = name, Directives = dir }),
            InlineFragmentNode n => Changed(n, ref changed, Opt(n.TypeCondition, ref changed), List(n.Directives, ref changed),
                Req(n.SelectionSet, ref changed), (t, dir, s) => n with { TypeCondition = t, Directives = dir, SelectionSet = s }),
            FragmentDefinitionNode n => Changed(n, ref changed, Opt(n.Description, ref changed), Req(n.Name, ref changed),
                Req(n.TypeCondition, ref changed), List(n.Directives, ref changed), Req(n.SelectionSet, ref changed),
                (d, name, t, dir, s) => n with { Description = d, Name = name, TypeCondition = t, Directives = dir, SelectionSet = s }),
            VariableNode n => Changed(n, ref changed, Req(n.Name, ref changed), name => n with { Name = name }),
            ListValueNode n => Changed(n, ref changed, List(n.Values, ref changed), v => n with { Values = v }),
            ObjectValueNode n => Changed(n, ref changed, List(n.Fields, ref changed), f => n with { Fields = f }),
            ObjectFieldNode n => Changed(n, ref changed, Req(n.Name, ref changed), Req(n.Value, ref changed), (name, v) => n with { Name = name, Value = v }),
            DirectiveNode n => Changed(n, ref changed, Req(n.Name, ref changed), List(n.Arguments, ref changed),
                (name, args) => n with { Name = name, Arguments = args }),
            NamedTypeNode n => Changed(n, ref changed, Req(n.Name, ref changed), name => n with { Name = name }),
            ListTypeNode n => Changed(n, ref changed, Req(n.Type, ref changed), t => n with { Type = t }),
            NonNullTypeNode n => Changed(n, ref changed, Req(n.Type, ref changed), t => n with { Type = t }),
            SchemaDefinitionNode n => Changed(n, ref changed, Opt(n.Description, ref changed), List(n.Directives, ref changed),
                List(n.OperationTypes, ref changed), (d, dir, o) => n with { Description = d, Directives = dir, OperationTypes = o }),
            SchemaExtensionNode n => Changed(n, ref changed, List(n.Directives, ref changed), List(n.OperationTypes, ref changed),
                (dir, o) => n with { Directives = dir, OperationTypes = o }),
            OperationTypeDefinitionNode n => Changed(n, ref changed, Req(n.Type, ref changed), t => n with { Type = t }),
            ScalarTypeDefinitionNode n => Changed(n, ref changed, Opt(n.Description, ref changed), Req(n.Name, ref changed),
                List(n.Directives, ref changed), (d, name, dir) => n with { Description = d, Name = name, Directives = dir }),
            ScalarTypeExtensionNode n => Changed(n, ref changed, Req(n.Name, ref changed), List(n.Directives, ref changed),
                (name, dir) => n with { Name = name, Directives = dir }),
            ObjectTypeDefinitionNode n => Changed(n, ref changed, Opt(n.Description, ref changed), Req(n.Name, ref changed),
                List(n.Interfaces, ref changed), List(n.Directives, ref changed), List(n.Fields, ref changed),
                (d, name, i, dir, f) => n with { Description = d, Name = name, Interfaces = i, Directives = dir, Fields = f }),
            ObjectTypeExtensionNode n => Changed(n, ref changed, Req(n.Name, ref changed), List(n.Interfaces, ref changed),
                List(n.Directives, ref changed), List(n.Fields, ref changed),
                (name, i, dir, f) => n with { Name = name, Interfaces = i, Directives = dir, Fields = f }),
            InterfaceTypeDefinitionNode n => Changed(n, ref changed, Opt(n.Description, ref changed), Req(n.Name, ref changed),
                List(n.Interfaces, ref changed), List(n.Directives, ref changed), List(n.Fields, ref changed),
                (d, name, i, dir, f) => n with { Description = d, Name = name, Interfaces = i, Directives = dir, Fields = f }),
            InterfaceTypeExtensionNode n => Changed(n, ref changed, Req(n.Name, ref changed), List(n.Interfaces, ref changed),
                List(n.Directives, ref changed), List(n.Fields, ref changed),
                (name, i, dir, f) => n with { Name = name, Interfaces = i, Directives = dir, Fields = f }),
            UnionTypeDefinitionNode n => Changed(n, ref changed, Opt(n.Description, ref changed), Req(n.Name, ref changed),
                List(n.Directives, ref changed), List(n.Types, ref changed),
                (d, name, dir, t) => n with { Description = d, Name = name, Directives = dir, Types = t }),
            UnionTypeExtensionNode n => Changed(n, ref changed, Req(n.Name, ref changed), List(n.Directives, ref changed),
                List(n.Types, ref changed), (name, dir, t) => n with { Name = name, Directives = dir, Types = t }),
            EnumTypeDefinitionNode n => Changed(n, ref changed, Opt(n.Description, ref changed), Req(n.Name, ref changed),
                List(n.Directives, ref changed), List(n.Values, ref changed),
                (d, name, dir, v) => n with { Description = d, Name = name, Directives = dir, Values = v }),
            EnumTypeExtensionNode n => Changed(n, ref changed, Req(n.Name, ref changed), List(n.Directives, ref changed),
                List(n.Values, ref changed), (name, dir, v) => n with { Name = name, Directives = dir, Values = v }),
            EnumValueDefinitionNode n => Changed(n, ref changed, Opt(n.Description, ref changed), Req(n.Name, ref changed),
                List(n.Directives, ref changed), (d, name, dir) => n with { Description = d, Name = name, Directives = dir }),
            InputObjectTypeDefinitionNode n => Changed(n, ref changed, Opt(n.Description, ref changed), Req(n.Name, ref changed),
                List(n.Directives, ref changed), List(n.Fields, ref changed),
                (d, name, dir, f) => n with { Description = d, Name = name, Directives = dir, Fields = f }),
            InputObjectTypeExtensionNode n => Changed(n, ref changed, Req(n.Name, ref changed), List(n.Directives, ref changed),
                List(n.Fields, ref changed), (name, dir, f) => n with { Name = name, Directives = dir, Fields = f }),
            FieldDefinitionNode n => Changed(n, ref changed, Opt(n.Description, ref changed), Req(n.Name, ref changed),
                List(n.Arguments, ref changed), Req(n.Type, ref changed), List(n.Directives, ref changed),
                (d, name, args, t, dir) => n with { Description = d, Name = name, Arguments = args, Type = t, Directives = dir }),
            InputValueDefinitionNode n => Changed(n, ref changed, Opt(n.Description, ref changed), Req(n.Name, ref changed),
                Req(n.Type, ref changed), Opt(n.DefaultValue, ref changed), List(n.Directives, ref changed),
                (d, name, t, dv, dir) => n with { Description = d, Name = name, Type = t, DefaultValue = dv, Directives = dir }),
            DirectiveDefinitionNode n => Changed(n, ref changed, Opt(n.Description, ref changed), Req(n.Name, ref changed),
                List(n.Arguments, ref changed), List(n.Locations, ref changed),
                (d, name, args, l) => n with { Description = d, Name = name, Arguments = args, Locations = l }),

            // Leaves: names and scalar values have no children.
            _ => node,
        };
    }

    private TNode? Opt<TNode>(TNode? child, ref bool changed)
        where TNode : SyntaxNode
    {
        if (child is null)
        {
            return null;
        }

        var rewritten = Visit(child);
        if (!ReferenceEquals(rewritten, child))
        {
            changed = true;
        }

        return rewritten is null ? null : Cast<TNode>(rewritten);
    }

    private TNode Req<TNode>(TNode child, ref bool changed)
        where TNode : SyntaxNode =>
        Opt(child, ref changed) ?? throw new InvalidOperationException($"A rewrite removed a required {child.Kind} node.");

    private IReadOnlyList<TNode> List<TNode>(IReadOnlyList<TNode> children, ref bool changed)
        where TNode : SyntaxNode
    {
        List<TNode>? rebuilt = null;
        for (var i = 0; i < children.Count; i++)
        {
            var rewritten = Visit(children[i]);
            if (rebuilt is null && !ReferenceEquals(rewritten, children[i]))
            {
                rebuilt = new List<TNode>(children.Take(i));
            }

            if (rebuilt is not null && rewritten is not null)
            {
                rebuilt.Add(Cast<TNode>(rewritten));
            }
        }

        if (rebuilt is null)
        {
            return children;
        }

        changed = true;
        return rebuilt.ToArray();
    }

    private static TNode Cast<TNode>(SyntaxNode node)
        where TNode : SyntaxNode =>
        node as TNode ?? throw new InvalidOperationException($"A rewrite put a {node.Kind} node where a {typeof(TNode).Name} belongs.");

    private static SyntaxNode Changed<TNode, T1>(TNode node, ref bool changed, T1 a, Func<T1, TNode> rebuild)
        where TNode : SyntaxNode => changed ? rebuild(a) : node;

    private static SyntaxNode Changed<TNode, T1, T2>(TNode node, ref bool changed, T1 a, T2 b, Func<T1, T2, TNode> rebuild)
        where TNode : SyntaxNode => changed ? rebuild(a, b) : node;

    private static SyntaxNode Changed<TNode, T1, T2, T3>(TNode node, ref bool changed, T1 a, T2 b, T3 c, Func<T1, T2, T3, TNode> rebuild)
        where TNode : SyntaxNode => changed ? rebuild(a, b, c) : node;

    private static SyntaxNode Changed<TNode, T1, T2, T3, T4>(TNode node, ref bool changed, T1 a, T2 b, T3 c, T4 d, Func<T1, T2, T3, T4, TNode> rebuild)
        where TNode : SyntaxNode => changed ? rebuild(a, b, c, d) : node;

    private static SyntaxNode Changed<TNode, T1, T2, T3, T4, T5>(TNode node, ref bool changed, T1 a, T2 b, T3 c, T4 d, T5 e, Func<T1, T2, T3, T4, T5, TNode> rebuild)
        where TNode : SyntaxNode => changed ? rebuild(a, b, c, d, e) : node;
}
