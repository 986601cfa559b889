using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Validation;

/// <summary>
/// Walks an executable document once, depth first in source order, keeping <see cref="TypeInfo"/> current and calling
/// every rule's hooks on each node (graphql-js's <c>visitInParallel</c> with <c>visitWithTypeInfo</c>).
/// Type system definitions are not entered: <c>ExecutableDefinitionsRule</c> reports them.
/// </summary>
internal sealed class DocumentWalker
{
    private readonly ValidationContext _context;
    private readonly TypeInfo _typeInfo;
    private readonly ValidationRule[] _subscribers;
    private readonly int[] _hookStarts;

    public DocumentWalker(ValidationContext context, ValidationRule[] rules)
    {
        _context = context;
        _typeInfo = context.TypeInfo;
        var hooks = RuleHooks.For(rules);
        _subscribers = hooks.Subscribe(rules);
        _hookStarts = hooks.Starts;
    }

    public void Walk(DocumentNode document)
    {
        foreach (var rule in Subscribers(Hook.EnterDocument))
        {
            rule.EnterDocument(_context, document);
        }

        foreach (var definition in Items(document.Definitions))
        {
            switch (definition)
            {
                case OperationDefinitionNode operation:
                    WalkOperation(operation);
                    break;
                case FragmentDefinitionNode fragment:
                    WalkFragmentDefinition(fragment);
                    break;
            }
        }

        foreach (var rule in Subscribers(Hook.LeaveDocument))
        {
            rule.LeaveDocument(_context, document);
        }
    }

    private void WalkOperation(OperationDefinitionNode node)
    {
        _context.EnterExecutableDefinition(node);
        _typeInfo.EnterOutputType(_context.Schema.GetRootType(node.Operation));
        foreach (var rule in Subscribers(Hook.EnterOperation))
        {
            rule.EnterOperation(_context, node);
        }

        foreach (var variable in Items(node.VariableDefinitions))
        {
            WalkVariableDefinition(variable);
        }

        WalkDirectives(node.Directives, node.Operation switch
        {
            OperationType.Mutation => DirectiveLocation.Mutation,
            OperationType.Subscription => DirectiveLocation.Subscription,
            _ => DirectiveLocation.Query,
        });
        WalkSelectionSet(node.SelectionSet);
        foreach (var rule in Subscribers(Hook.LeaveOperation))
        {
            rule.LeaveOperation(_context, node);
        }

        _typeInfo.LeaveOutputType();
    }

    private void WalkFragmentDefinition(FragmentDefinitionNode node)
    {
        _context.EnterExecutableDefinition(node);
        _typeInfo.EnterOutputType(_typeInfo.TypeFromSyntax(node.TypeCondition));
        foreach (var rule in Subscribers(Hook.EnterFragmentDefinition))
        {
            rule.EnterFragmentDefinition(_context, node);
        }

        WalkNamedType(node.TypeCondition);
        WalkDirectives(node.Directives, DirectiveLocation.FragmentDefinition);
        WalkSelectionSet(node.SelectionSet);
        _typeInfo.LeaveOutputType();
    }

    private void WalkVariableDefinition(VariableDefinitionNode node)
    {
        _typeInfo.EnterInputType(_typeInfo.TypeFromSyntax(node.Type));
        foreach (var rule in Subscribers(Hook.EnterVariableDefinition))
        {
            rule.EnterVariableDefinition(_context, node);
        }

        var type = node.Type;
        while (type is not NamedTypeNode)
        {
            type = type is ListTypeNode list ? list.Type : ((NonNullTypeNode)type).Type;
        }

        WalkNamedType((NamedTypeNode)type);
        if (node.DefaultValue is { } defaultValue)
        {
            WalkValue(defaultValue);
        }

        WalkDirectives(node.Directives, DirectiveLocation.VariableDefinition);
        _typeInfo.LeaveInputType();
    }

    private void WalkNamedType(NamedTypeNode node)
    {
        foreach (var rule in Subscribers(Hook.EnterNamedType))
        {
            rule.EnterNamedType(_context, node);
        }
    }

    private void WalkSelectionSet(SelectionSetNode node)
    {
        _typeInfo.EnterSelectionSet();
        foreach (var rule in Subscribers(Hook.EnterSelectionSet))
        {
            rule.EnterSelectionSet(_context, node);
        }

        foreach (var selection in Items(node.Selections))
        {
            switch (selection)
            {
                case FieldNode field:
                    WalkField(field);
                    break;
                case FragmentSpreadNode spread:
                    WalkFragmentSpread(spread);
                    break;
                case InlineFragmentNode inline:
                    WalkInlineFragment(inline);
                    break;
            }
        }

        _typeInfo.LeaveSelectionSet();
    }

    private void WalkField(FieldNode node)
    {
        _typeInfo.EnterField(node);
        foreach (var rule in Subscribers(Hook.EnterField))
        {
            rule.EnterField(_context, node);
        }

        WalkArguments(node.Arguments);
        WalkDirectives(node.Directives, DirectiveLocation.Field);
        if (node.SelectionSet is { } selectionSet)
        {
            WalkSelectionSet(selectionSet);
        }

        foreach (var rule in Subscribers(Hook.LeaveField))
        {
            rule.LeaveField(_context, node);
        }

        _typeInfo.LeaveField();
    }

    private void WalkFragmentSpread(FragmentSpreadNode node)
    {
        foreach (var rule in Subscribers(Hook.EnterFragmentSpread))
        {
            rule.EnterFragmentSpread(_context, node);
        }

        WalkDirectives(node.Directives, DirectiveLocation.FragmentSpread);
    }

    private void WalkInlineFragment(InlineFragmentNode node)
    {
        _typeInfo.EnterOutputType(node.TypeCondition is { } condition ? _typeInfo.TypeFromSyntax(condition) : _typeInfo.Type?.GetNamedType());
        foreach (var rule in Subscribers(Hook.EnterInlineFragment))
        {
            rule.EnterInlineFragment(_context, node);
        }

        if (node.TypeCondition is { } typeCondition)
        {
            WalkNamedType(typeCondition);
        }

        WalkDirectives(node.Directives, DirectiveLocation.InlineFragment);
        WalkSelectionSet(node.SelectionSet);
        _typeInfo.LeaveOutputType();
    }

    private void WalkDirectives(IReadOnlyList<DirectiveNode> directives, DirectiveLocation location)
    {
        if (directives.Count == 0)
        {
            return;
        }

        _typeInfo.DirectiveLocation = location;
        foreach (var rule in Subscribers(Hook.EnterDirectives))
        {
            rule.EnterDirectives(_context, directives);
        }

        foreach (var directive in Items(directives))
        {
            _typeInfo.EnterDirective(directive);
            foreach (var rule in Subscribers(Hook.EnterDirective))
            {
                rule.EnterDirective(_context, directive);
            }

            WalkArguments(directive.Arguments);
            foreach (var rule in Subscribers(Hook.LeaveDirective))
            {
                rule.LeaveDirective(_context, directive);
            }

            _typeInfo.LeaveDirective();
        }
    }

    private void WalkArguments(IReadOnlyList<ArgumentNode> arguments)
    {
        if (arguments.Count == 0)
        {
            return;
        }

        foreach (var rule in Subscribers(Hook.EnterArguments))
        {
            rule.EnterArguments(_context, arguments);
        }

        foreach (var argument in Items(arguments))
        {
            _typeInfo.EnterArgument(argument);
            foreach (var rule in Subscribers(Hook.EnterArgument))
            {
                rule.EnterArgument(_context, argument);
            }

            WalkValue(argument.Value);
            _typeInfo.LeaveArgument();
        }
    }

    private void WalkValue(ValueNode node)
    {
        switch (node)
        {
            case VariableNode variable:
                _context.RecordVariableUsage(variable);
                break;
            case ListValueNode list:
                foreach (var rule in Subscribers(Hook.EnterListValue))
                {
                    rule.EnterListValue(_context, list);
                }

                _typeInfo.EnterListItems();
                foreach (var item in Items(list.Values))
                {
                    WalkValue(item);
                }

                _typeInfo.LeaveListItems();
                foreach (var rule in Subscribers(Hook.LeaveListValue))
                {
                    rule.LeaveListValue(_context, list);
                }

                break;
            case ObjectValueNode objectValue:
                foreach (var rule in Subscribers(Hook.EnterObjectValue))
                {
                    rule.EnterObjectValue(_context, objectValue);
                }

                foreach (var field in Items(objectValue.Fields))
                {
                    _typeInfo.EnterObjectField(field);
                    foreach (var rule in Subscribers(Hook.EnterObjectField))
                    {
                        rule.EnterObjectField(_context, field);
                    }

                    WalkValue(field.Value);
                    _typeInfo.LeaveObjectField();
                }

                foreach (var rule in Subscribers(Hook.LeaveObjectValue))
                {
                    rule.LeaveObjectValue(_context, objectValue);
                }

                break;
            default:
                foreach (var rule in Subscribers(Hook.EnterLeafValue))
                {
                    rule.EnterLeafValue(_context, node);
                }

                break;
        }
    }

    /// <summary>The rules that override <paramref name="hook"/>.</summary>
    private ReadOnlySpan<ValidationRule> Subscribers(Hook hook)
    {
        var start = _hookStarts[(int)hook];
        return _subscribers.AsSpan(start, _hookStarts[(int)hook + 1] - start);
    }

    /// <summary>
    /// A node list as a span: the parser builds them as arrays, and indexing an array through
    /// <see cref="IReadOnlyList{T}"/> costs an interface call per item on the walk's hottest loops.
    /// </summary>
    private static ReadOnlySpan<T> Items<T>(IReadOnlyList<T> list) => list as T[] ?? [.. list];
}
