namespace ProfileGraph.GraphQL.Language;

/// <summary>
/// Walks an AST depth-first in source order, calling enter handlers before a node's children and leave
/// handlers after them, as graphql-js's <c>visit</c> does. Handlers are registered per node type (a base
/// type such as <see cref="SelectionNode"/> matches all its kinds) and may skip a subtree or stop the walk.
/// </summary>
public sealed class SyntaxVisitor
{
    private readonly List<(Type Type, Func<SyntaxNode, SyntaxVisitorContext, VisitorAction> Handler)> _enter = [];
    private readonly List<(Type Type, Func<SyntaxNode, SyntaxVisitorContext, VisitorAction> Handler)> _leave = [];

    public SyntaxVisitor Enter<TNode>(Func<TNode, SyntaxVisitorContext, VisitorAction> handler)
        where TNode : SyntaxNode
    {
        ArgumentNullException.ThrowIfNull(handler);
        _enter.Add((typeof(TNode), (node, context) => handler((TNode)node, context)));
        return this;
    }

    public SyntaxVisitor Enter<TNode>(Action<TNode> handler)
        where TNode : SyntaxNode
    {
        ArgumentNullException.ThrowIfNull(handler);
        return Enter<TNode>((node, _) =>
        {
            handler(node);
            return VisitorAction.Continue;
        });
    }

    public SyntaxVisitor Leave<TNode>(Func<TNode, SyntaxVisitorContext, VisitorAction> handler)
        where TNode : SyntaxNode
    {
        ArgumentNullException.ThrowIfNull(handler);
        _leave.Add((typeof(TNode), (node, context) => handler((TNode)node, context)));
        return this;
    }

    public SyntaxVisitor Leave<TNode>(Action<TNode> handler)
        where TNode : SyntaxNode
    {
        ArgumentNullException.ThrowIfNull(handler);
        return Leave<TNode>((node, _) =>
        {
            handler(node);
            return VisitorAction.Continue;
        });
    }

    /// <summary>Walks <paramref name="root"/>; false when a handler stopped the walk with <see cref="VisitorAction.Break"/>.</summary>
    public bool Visit(SyntaxNode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        return Walk(root, new SyntaxVisitorContext()) != VisitorAction.Break;
    }

    private VisitorAction Walk(SyntaxNode node, SyntaxVisitorContext context)
    {
        var entered = Dispatch(_enter, node, context);
        if (entered != VisitorAction.Continue)
        {
            return entered;
        }

        context.Push(node);
        foreach (var child in node.GetChildren())
        {
            if (Walk(child, context) == VisitorAction.Break)
            {
                return VisitorAction.Break;
            }
        }

        context.Pop();
        return Dispatch(_leave, node, context) == VisitorAction.Break ? VisitorAction.Break : VisitorAction.Continue;
    }

    private static VisitorAction Dispatch(
        List<(Type Type, Func<SyntaxNode, SyntaxVisitorContext, VisitorAction> Handler)> handlers,
        SyntaxNode node,
        SyntaxVisitorContext context)
    {
        foreach (var (type, handler) in handlers)
        {
            if (type.IsInstanceOfType(node))
            {
                var action = handler(node, context);
                if (action != VisitorAction.Continue)
                {
                    return action;
                }
            }
        }

        return VisitorAction.Continue;
    }
}
