using System.Text;
using System.Text.Json;
using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation.Rules;

/// <summary>
/// §5.3.2 Field Selection Merging: fields with the same response name can be merged — same field and arguments
/// unless their parents are distinct object types, and never conflicting return shapes. A port of graphql-js 16.15's
/// rule: fields are compared only within a response name, collected fields are cached per (parent type, selection
/// set), fragment pairs are compared once, and a complexity budget aborts pathological documents.
/// https://spec.graphql.org/September2025/#sec-Field-Selection-Merging
/// </summary>
public sealed class OverlappingFieldsCanBeMergedRule : ValidationRule
{
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;
    private const int MaxComplexityBudget = 500_000;

    private readonly Dictionary<string, Dictionary<string, bool>> _comparedFragmentPairs = new(StringComparer.Ordinal);
    private readonly Dictionary<NamedType, Dictionary<SelectionSetNode, CollectedFields>> _collectedByType = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<SelectionSetNode, CollectedFields> _collectedUntyped = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ValueNode, string> _stringifiedValues = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<string> _responseNames = new(StringComparer.Ordinal);
    private int _remainingBudget = MaxComplexityBudget;
    private ValidationContext _context = null!;
    private SelectionSetNode? _inlineFragmentSelectionSet;

    public override void EnterDocument(ValidationContext context, DocumentNode node) => _context = context;

    // An inline fragment's fields are compared as part of the enclosing selection set.
    public override void EnterInlineFragment(ValidationContext context, InlineFragmentNode node) =>
        _inlineFragmentSelectionSet = node.SelectionSet;

    public override void EnterSelectionSet(ValidationContext context, SelectionSetNode node)
    {
        if (ReferenceEquals(node, _inlineFragmentSelectionSet)
            || (node.Selections.Count <= 1 && (node.Selections.Count == 0 || node.Selections[0] is not InlineFragmentNode)))
        {
            return;
        }

        // Most selection sets spread no fragment at their own level and select each response name once: then no
        // two fields are ever compared here (nor is any budget spent), so collecting them would be wasted work.
        // Their fields are still collected on demand when an enclosing field is compared with another.
        if (HasDistinctFieldsOnly(node))
        {
            return;
        }

        foreach (var conflict in FindConflictsWithinSelectionSet(context.TypeInfo.ParentType, node))
        {
            context.ReportError(
                $"Fields \"{MaybeAbbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                [.. conflict.Fields1, .. conflict.Fields2]);
        }
    }

    /// <summary>True when the selection set, its inline fragments included, has no fragment spread and no response name twice.</summary>
    private bool HasDistinctFieldsOnly(SelectionSetNode selectionSet)
    {
        _responseNames.Clear();
        var distinct = AddResponseNames(selectionSet);
        _responseNames.Clear();
        return distinct;
    }

    private bool AddResponseNames(SelectionSetNode selectionSet)
    {
        var selections = selectionSet.Selections;
        for (var i = 0; i < selections.Count; i++)
        {
            switch (selections[i])
            {
                case FieldNode field when !_responseNames.Add(field.ResponseName):
                case InlineFragmentNode inline when !AddResponseNames(inline.SelectionSet):
                case FragmentSpreadNode:
                    return false;
            }
        }

        return true;
    }

    private List<Conflict> FindConflictsWithinSelectionSet(NamedType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<Conflict>();
        var collected = CollectFields(parentType, selectionSet);
        CollectConflictsWithin(conflicts, collected);
        var fragmentNames = collected.FragmentNames;
        if (fragmentNames.Count != 0 && (collected.Groups.Count != 0 || fragmentNames.Count > 1))
        {
            for (var i = 0; i < fragmentNames.Count; i++)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, false, collected, fragmentNames[i]);
                for (var j = i + 1; j < fragmentNames.Count; j++)
                {
                    CollectConflictsBetweenFragments(conflicts, false, fragmentNames[i], fragmentNames[j]);
                }
            }
        }

        return conflicts;
    }

    private void CollectConflictsBetweenFieldsAndFragment(List<Conflict> conflicts, bool areMutuallyExclusive, CollectedFields collected, string fragmentName)
    {
        SpendBudget(1);
        if (collected.Groups.Count == 0)
        {
            return;
        }

        // A non-exclusive comparison also covers an exclusive one, not the other way round.
        collected.ComparedFragments ??= new Dictionary<string, bool>(StringComparer.Ordinal);
        if (collected.ComparedFragments.TryGetValue(fragmentName, out var compared) && (!compared || areMutuallyExclusive))
        {
            return;
        }

        collected.ComparedFragments[fragmentName] = areMutuallyExclusive;
        if (_context.GetFragment(fragmentName) is not { } fragment)
        {
            return;
        }

        var collected2 = CollectFragmentFields(fragment);
        if (ReferenceEquals(collected, collected2))
        {
            return;
        }

        CollectConflictsBetween(conflicts, areMutuallyExclusive, collected, collected2);
        foreach (var referenced in collected2.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, collected, referenced);
        }
    }

    private void CollectConflictsBetweenFragments(List<Conflict> conflicts, bool areMutuallyExclusive, string fragmentName1, string fragmentName2)
    {
        SpendBudget(2);
        if (fragmentName1 == fragmentName2 || PairSeen(fragmentName1, fragmentName2, areMutuallyExclusive))
        {
            return;
        }

        if (!_comparedFragmentPairs.TryGetValue(fragmentName1, out var pairs))
        {
            pairs = new Dictionary<string, bool>(StringComparer.Ordinal);
            _comparedFragmentPairs[fragmentName1] = pairs;
        }

        pairs[fragmentName2] = areMutuallyExclusive;
        if (_context.GetFragment(fragmentName1) is not { } fragment1 || _context.GetFragment(fragmentName2) is not { } fragment2)
        {
            return;
        }

        var collected1 = CollectFragmentFields(fragment1);
        var collected2 = CollectFragmentFields(fragment2);
        CollectConflictsBetween(conflicts, areMutuallyExclusive, collected1, collected2);
        foreach (var referenced in collected2.FragmentNames)
        {
            CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, referenced);
        }

        foreach (var referenced in collected1.FragmentNames)
        {
            CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, referenced, fragmentName2);
        }
    }

    /// <summary>An exclusive comparison is covered by any earlier one, a non-exclusive one only by a non-exclusive one.</summary>
    private bool PairSeen(string a, string b, bool areMutuallyExclusive)
    {
        return Has(a, b) || Has(b, a);

        bool Has(string first, string second) =>
            _comparedFragmentPairs.TryGetValue(first, out var pairs) && pairs.TryGetValue(second, out var exclusive)
            && (areMutuallyExclusive || !exclusive);
    }

    private List<Conflict> FindConflictsBetweenSubSelectionSets(bool areMutuallyExclusive, NamedType? parentType1, SelectionSetNode selectionSet1, NamedType? parentType2, SelectionSetNode selectionSet2)
    {
        var conflicts = new List<Conflict>();
        var collected1 = CollectFields(parentType1, selectionSet1);
        var collected2 = CollectFields(parentType2, selectionSet2);
        CollectConflictsBetween(conflicts, areMutuallyExclusive, collected1, collected2);
        foreach (var fragmentName2 in collected2.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, collected1, fragmentName2);
        }

        foreach (var fragmentName1 in collected1.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, collected2, fragmentName1);
        }

        foreach (var fragmentName1 in collected1.FragmentNames)
        {
            foreach (var fragmentName2 in collected2.FragmentNames)
            {
                CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, fragmentName2);
            }
        }

        return conflicts;
    }

    private void CollectConflictsWithin(List<Conflict> conflicts, CollectedFields collected)
    {
        foreach (var (responseName, fields) in collected.Groups)
        {
            for (var i = 0; i < fields.Count; i++)
            {
                for (var j = i + 1; j < fields.Count; j++)
                {
                    if (FindConflict(false, responseName, fields[i], fields[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private void CollectConflictsBetween(List<Conflict> conflicts, bool parentFieldsAreMutuallyExclusive, CollectedFields collected1, CollectedFields collected2)
    {
        if (collected1.Groups.Count == 0 || collected2.Groups.Count == 0)
        {
            return;
        }

        foreach (var (responseName, fields1, fields2) in GetOverlappingFields(collected1, collected2))
        {
            foreach (var field1 in fields1)
            {
                foreach (var field2 in fields2)
                {
                    if (FindConflict(parentFieldsAreMutuallyExclusive, responseName, field1, field2) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private List<(string ResponseName, List<FieldDetails> Fields1, List<FieldDetails> Fields2)> GetOverlappingFields(CollectedFields collected1, CollectedFields collected2)
    {
        collected1.OverlappingFields ??= new(ReferenceEqualityComparer.Instance);
        if (collected1.OverlappingFields.TryGetValue(collected2, out var cached))
        {
            return cached;
        }

        var overlapping = new List<(string, List<FieldDetails>, List<FieldDetails>)>();
        foreach (var (responseName, fields1) in collected1.Groups)
        {
            SpendBudget(1);
            if (collected2.TryGetFields(responseName, out var fields2))
            {
                overlapping.Add((responseName, fields1, fields2));
            }
        }

        collected1.OverlappingFields[collected2] = overlapping;
        return overlapping;
    }

    private Conflict? FindConflict(bool parentFieldsAreMutuallyExclusive, string responseName, FieldDetails details1, FieldDetails details2)
    {
        // Fields on two different object types can never both apply, so only their return shapes must agree.
        var areMutuallyExclusive = parentFieldsAreMutuallyExclusive
            || (!ReferenceEquals(details1.ParentType, details2.ParentType) && details1.ParentType is ObjectType && details2.ParentType is ObjectType);
        SpendBudget(2);
        var node1 = details1.Node;
        var node2 = details2.Node;
        var type1 = details1.Definition?.Type;
        var type2 = details2.Definition?.Type;
        if (details1.IsSimpleLeaf && details2.IsSimpleLeaf && ReferenceEquals(type1, type2) && node1.Name.Value == node2.Name.Value)
        {
            return null;
        }

        if (!areMutuallyExclusive)
        {
            var comparisons = details1.Comparisons ??= new(ReferenceEqualityComparer.Instance);
            if (!comparisons.TryGetValue(details2, out var reason))
            {
                var name1 = node1.Name.Value;
                var name2 = node2.Name.Value;
                reason = name1 != name2
                    ? $"\"{MaybeAbbreviate(name1)}\" and \"{MaybeAbbreviate(name2)}\" are different fields"
                    : SameArguments(node1.Arguments, node2.Arguments) ? null : "they have differing arguments";
                comparisons[details2] = reason;
            }

            if (reason is not null)
            {
                return new Conflict(responseName, reason, [node1], [node2]);
            }
        }

        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return new Conflict(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", [node1], [node2]);
        }

        if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
        {
            var conflicts = FindConflictsBetweenSubSelectionSets(
                areMutuallyExclusive, type1?.GetNamedType(), selectionSet1, type2?.GetNamedType(), selectionSet2);
            return SubfieldConflicts(conflicts, responseName, node1, node2);
        }

        return null;
    }

    private bool SameArguments(IReadOnlyList<ArgumentNode> arguments1, IReadOnlyList<ArgumentNode> arguments2)
    {
        if (arguments1.Count != arguments2.Count)
        {
            return false;
        }

        foreach (var argument1 in arguments1)
        {
            SpendBudget(1);
            ValueNode? value2 = null;
            foreach (var argument2 in arguments2)
            {
                if (argument2.Name.Value == argument1.Name.Value)
                {
                    value2 = argument2.Value;
                }
            }

            if (value2 is null || Stringify(argument1.Value) != Stringify(value2))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A canonical text of a value, with object fields sorted, so equal values compare equal.</summary>
    private string Stringify(ValueNode value)
    {
        if (!_stringifiedValues.TryGetValue(value, out var text))
        {
            var builder = new StringBuilder();
            Write(builder, value);
            text = builder.ToString();
            _stringifiedValues[value] = text;
        }

        return text;

        static void Write(StringBuilder builder, ValueNode value)
        {
            builder.Append('[').Append((int)value.Kind).Append(',');
            switch (value)
            {
                case VariableNode variable:
                    builder.Append(JsonSerializer.Serialize(variable.Name.Value));
                    break;
                case ListValueNode list:
                    foreach (var item in list.Values)
                    {
                        Write(builder, item);
                    }

                    break;
                case ObjectValueNode objectValue:
                    var fields = new List<ObjectFieldNode>(objectValue.Fields);
                    fields.Sort((a, b) => string.CompareOrdinal(a.Name.Value, b.Name.Value));
                    foreach (var field in fields)
                    {
                        builder.Append(JsonSerializer.Serialize(field.Name.Value)).Append(':');
                        Write(builder, field.Value);
                    }

                    break;
                case StringValueNode stringValue:
                    builder.Append(JsonSerializer.Serialize(stringValue.Value)).Append(stringValue.Block ? ",block" : "");
                    break;
                case IntValueNode intValue:
                    builder.Append(intValue.Value);
                    break;
                case FloatValueNode floatValue:
                    builder.Append(floatValue.Value);
                    break;
                case BooleanValueNode booleanValue:
                    builder.Append(booleanValue.Value ? "true" : "false");
                    break;
                case EnumValueNode enumValue:
                    builder.Append(enumValue.Value);
                    break;
            }

            builder.Append(']');
        }
    }

    /// <summary>Two types conflict when no value could be of both: different list or non-null wrapping, or different leaf types.</summary>
    private bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        if (ReferenceEquals(type1, type2))
        {
            return false;
        }

        SpendBudget(1);
        return (type1, type2) switch
        {
            (ListType list1, ListType list2) => DoTypesConflict(list1.OfType, list2.OfType),
            (ListType, _) or (_, ListType) => true,
            (NonNullType nonNull1, NonNullType nonNull2) => DoTypesConflict(nonNull1.OfType, nonNull2.OfType),
            (NonNullType, _) or (_, NonNullType) => true,
            _ => (type1 is LeafType || type2 is LeafType) && !ReferenceEquals(type1, type2),
        };
    }

    private CollectedFields CollectFragmentFields(FragmentDefinitionNode fragment) =>
        CollectFields(_context.Schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);

    private CollectedFields CollectFields(NamedType? parentType, SelectionSetNode selectionSet)
    {
        Dictionary<SelectionSetNode, CollectedFields>? bySelectionSet;
        if (parentType is null)
        {
            bySelectionSet = _collectedUntyped;
        }
        else if (!_collectedByType.TryGetValue(parentType, out bySelectionSet))
        {
            bySelectionSet = new(ReferenceEqualityComparer.Instance);
            _collectedByType[parentType] = bySelectionSet;
        }

        if (!bySelectionSet.TryGetValue(selectionSet, out var collected))
        {
            collected = new CollectedFields();
            CollectFieldsInto(parentType, selectionSet, collected);
            bySelectionSet[selectionSet] = collected;
        }

        return collected;
    }

    private void CollectFieldsInto(NamedType? parentType, SelectionSetNode selectionSet, CollectedFields collected)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var definition = parentType is ComplexOutputType complex ? complex.GetField(field.Name.Value) : null;
                    collected.Add(field.ResponseName, new FieldDetails(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread:
                    if (!collected.FragmentNames.Contains(spread.Name.Value))
                    {
                        collected.FragmentNames.Add(spread.Name.Value);
                    }

                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is { } condition ? _context.Schema.GetType(condition.Name.Value) : parentType;
                    CollectFieldsInto(inlineType, inline.SelectionSet, collected);
                    break;
            }
        }
    }

    private static Conflict? SubfieldConflicts(List<Conflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
    {
        if (conflicts.Count == 0)
        {
            return null;
        }

        var message = new StringBuilder();
        foreach (var conflict in conflicts)
        {
            message.Append(message.Length == 0 ? "" : " and ")
                .Append("subfields \"").Append(MaybeAbbreviate(conflict.ResponseName)).Append("\" conflict because ").Append(conflict.Reason);
            if (message.Length > MaxConflictDetailLength)
            {
                break;
            }
        }

        return new Conflict(responseName, MaybeAbbreviate(message.ToString()), ConflictNodes(node1, conflicts, first: true), ConflictNodes(node2, conflicts, first: false));
    }

    /// <summary>The enclosing field and then the nested conflicting ones, at most <see cref="MaxConflictNodes"/>.</summary>
    private static List<FieldNode> ConflictNodes(FieldNode node, List<Conflict> conflicts, bool first)
    {
        var nodes = new List<FieldNode> { node };
        foreach (var conflict in conflicts)
        {
            var side = first ? conflict.Fields1 : conflict.Fields2;
            var remaining = MaxConflictNodes - nodes.Count;
            nodes.AddRange(side.GetRange(Math.Max(0, side.Count - remaining), Math.Min(side.Count, remaining)));
            if (nodes.Count == MaxConflictNodes)
            {
                break;
            }
        }

        return nodes;
    }

    private static string MaybeAbbreviate(string text) =>
        text.Length > MaxConflictDetailLength ? string.Concat(text.AsSpan(0, MaxConflictDetailLength), "...") : text;

    private void SpendBudget(int cost)
    {
        _remainingBudget -= cost;
        if (_remainingBudget < 0)
        {
            _context.Abort("Validation aborted.");
        }
    }

    private sealed record Conflict(string ResponseName, string Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);

    /// <summary>A field in a collected selection set, with the comparisons already made with other fields.</summary>
    private sealed class FieldDetails(NamedType? parentType, FieldNode node, FieldDefinition? definition)
    {
        public NamedType? ParentType { get; } = parentType;

        public FieldNode Node { get; } = node;

        public FieldDefinition? Definition { get; } = definition;

        public bool IsSimpleLeaf { get; } = node.Arguments.Count == 0 && node.SelectionSet is null;

        public Dictionary<FieldDetails, string?>? Comparisons { get; set; }
    }

    /// <summary>The fields of a selection set by response name, in order, and the fragments it spreads.</summary>
    private sealed class CollectedFields
    {
        // Most selection sets are small: scan them, and index by response name only the wide ones.
        private const int IndexThreshold = 8;

        private Dictionary<string, List<FieldDetails>>? _byResponseName;

        public List<(string ResponseName, List<FieldDetails> Fields)> Groups { get; } = [];

        public List<string> FragmentNames { get; } = [];

        public Dictionary<string, bool>? ComparedFragments { get; set; }

        public Dictionary<CollectedFields, List<(string, List<FieldDetails>, List<FieldDetails>)>>? OverlappingFields { get; set; }

        public bool TryGetFields(string responseName, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out List<FieldDetails>? fields)
        {
            if (_byResponseName is not null)
            {
                return _byResponseName.TryGetValue(responseName, out fields);
            }

            foreach (var group in Groups)
            {
                if (group.ResponseName == responseName)
                {
                    fields = group.Fields;
                    return true;
                }
            }

            fields = null;
            return false;
        }

        public void Add(string responseName, FieldDetails field)
        {
            if (!TryGetFields(responseName, out var fields))
            {
                fields = [];
                Groups.Add((responseName, fields));
                if (_byResponseName is not null)
                {
                    _byResponseName[responseName] = fields;
                }
                else if (Groups.Count > IndexThreshold)
                {
                    _byResponseName = new Dictionary<string, List<FieldDetails>>(StringComparer.Ordinal);
                    foreach (var group in Groups)
                    {
                        _byResponseName[group.ResponseName] = group.Fields;
                    }
                }
            }

            fields.Add(field);
        }
    }
}
