using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation;

/// <summary>
/// What rules see during the walk (graphql-js's <c>ValidationContext</c>): the schema, the document, the current
/// <see cref="TypeInfo"/>, fragment look-ups, the variable usages the walk recorded, and error reporting.
/// </summary>
public sealed class ValidationContext
{
    private readonly List<ValidationError> _errors = [];
    private readonly int _maxErrors;
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<SelectionSetNode, List<FragmentSpreadNode>> _spreads = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ExecutableDefinitionNode, List<VariableUsage>> _variableUsages = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, List<FragmentDefinitionNode>> _referencedFragments = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, List<VariableUsage>> _recursiveUsages = new(ReferenceEqualityComparer.Instance);
    private readonly Stack<SelectionSetNode> _setsToVisit = new();
    private ExecutableDefinitionNode? _currentDefinition;
    private List<VariableUsage>? _currentUsages;

    internal ValidationContext(GraphQLSchema schema, DocumentNode document, int maxErrors)
    {
        Schema = schema;
        Document = document;
        TypeInfo = new TypeInfo(schema);
        _maxErrors = maxErrors;
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                _fragments[fragment.Name.Value] = fragment;
            }
        }
    }

    public GraphQLSchema Schema { get; }

    public DocumentNode Document { get; }

    public TypeInfo TypeInfo { get; }

    public IReadOnlyList<ValidationError> Errors => _errors;

    public FragmentDefinitionNode? GetFragment(string name) => _fragments.GetValueOrDefault(name);

    /// <summary>The named spreads anywhere inside <paramref name="selectionSet"/>, in graphql-js's order.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (_spreads.TryGetValue(selectionSet, out var spreads))
        {
            return spreads;
        }

        spreads = [];
        var setsToVisit = _setsToVisit;
        setsToVisit.Push(selectionSet);
        while (setsToVisit.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } inner }:
                        setsToVisit.Push(inner);
                        break;
                    case InlineFragmentNode inline:
                        setsToVisit.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        _spreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>The fragments an operation uses, directly or through other fragments, each once.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        if (_referencedFragments.TryGetValue(operation, out var fragments))
        {
            return fragments;
        }

        fragments = [];
        var collected = new HashSet<string>(StringComparer.Ordinal);
        var setsToVisit = new Stack<SelectionSetNode>();
        setsToVisit.Push(operation.SelectionSet);
        while (setsToVisit.TryPop(out var set))
        {
            foreach (var spread in GetFragmentSpreads(set))
            {
                if (collected.Add(spread.Name.Value) && GetFragment(spread.Name.Value) is { } fragment)
                {
                    fragments.Add(fragment);
                    setsToVisit.Push(fragment.SelectionSet);
                }
            }
        }

        _referencedFragments[operation] = fragments;
        return fragments;
    }

    /// <summary>The variables used directly inside an operation or fragment, as the walk recorded them.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition) =>
        _variableUsages.TryGetValue(definition, out var usages) ? usages : [];

    /// <summary>The variables an operation uses, itself or through the fragments it spreads; complete once the walk has ended.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (_recursiveUsages.TryGetValue(operation, out var usages))
        {
            return usages;
        }

        usages = [.. GetVariableUsages(operation)];
        foreach (var fragment in GetRecursivelyReferencedFragments(operation))
        {
            usages.AddRange(GetVariableUsages(fragment));
        }

        _recursiveUsages[operation] = usages;
        return usages;
    }

    public void ReportError(string message, SyntaxNode node) => ReportError(message, [node]);

    public void ReportError(string message, SyntaxNode first, SyntaxNode second) => ReportError(message, [first, second]);

    /// <summary>
    /// Records an error located at the nodes (those parsed without locations add none); one more than the limit
    /// aborts validation instead, as graphql-js does.
    /// </summary>
    public void ReportError(string message, IReadOnlyList<SyntaxNode> nodes)
    {
        if (_errors.Count >= _maxErrors)
        {
            Abort("Too many validation errors, error limit reached. Validation aborted.");
        }

        var locations = new List<Location>(nodes.Count);
        foreach (var node in nodes)
        {
            if (node.Location is { } location)
            {
                locations.Add(location);
            }
        }

        _errors.Add(new ValidationError(message, locations));
    }

    /// <summary>Ends validation with a last error that has no location.</summary>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    public void Abort(string message)
    {
        _errors.Add(new ValidationError(message, []));
        throw new ValidationAbortedException(message);
    }

    internal void EnterExecutableDefinition(ExecutableDefinitionNode definition)
    {
        _currentUsages = null;
        _currentDefinition = definition;
    }

    internal void RecordVariableUsage(VariableNode node)
    {
        if (_currentDefinition is null)
        {
            return;
        }

        if (_currentUsages is null)
        {
            _currentUsages = [];
            _variableUsages[_currentDefinition] = _currentUsages;
        }

        _currentUsages.Add(new VariableUsage(node, TypeInfo.InputType, TypeInfo.DefaultValue, TypeInfo.ParentInputType as InputObjectType));
    }
}
