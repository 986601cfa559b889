using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation.Rules;

/// <summary>
/// §5.3.2 Field Selection Merging: fields with the same response name can be merged — same field and arguments
/// unless their parents are distinct object types, and never conflicting return shapes. A port of graphql-js 16.15's
/// rule: fields are compared only within a response name, collected fields are cached per (parent type, selection
/// set), fragment pairs are compared once, and a complexity budget aborts pathological documents. Selection sets
/// that spread no fragment and repeat no response name are not collected at all: graphql-js compares nothing in them.
/// https://spec.graphql.org/September2025/#sec-Field-Selection-Merging
/// </summary>
public sealed class OverlappingFieldsCanBeMergedRule : ValidationRule
{
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;
    private const int MaxComplexityBudget = 500_000;

    // Selection sets with more response names than this are checked for repeats with a hash set, smaller ones by scanning.
    private const int ScanLimit = 16;

    private readonly List<string> _responseNames = [];
    private HashSet<string>? _responseNameSet;
    private Dictionary<(NamedType?, SelectionSetNode), CollectedFields>? _collected;
    private Dictionary<string, Dictionary<string, bool>>? _comparedFragmentPairs;
    private Dictionary<ValueNode, string>? _stringifiedValues;
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

        List<Conflict>? conflicts = null;
        FindConflictsWithinSelectionSet(ref conflicts, context.TypeInfo.ParentType, node);
        if (conflicts is null)
        {
            return;
        }

        foreach (var conflict in conflicts)
        {
            context.ReportError(
                $"Fields \"{MaybeAbbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                [.. conflict.Fields1, .. conflict.Fields2]);
        }
    }

    /// <summary>True when the selection set, its inline fragments included, has no fragment spread and no response name twice.</summary>
    private bool HasDistinctFieldsOnly(SelectionSetNode selectionSet)
    {
        var distinct = AddResponseNames(selectionSet);
        _responseNames.Clear();
        _responseNameSet?.Clear();
        return distinct;
    }

    private bool AddResponseNames(SelectionSetNode selectionSet)
    {
        var selections = selectionSet.Selections;
        for (var i = 0; i < selections.Count; i++)
        {
            switch (selections[i])
            {
                case FieldNode field when !AddResponseName(field.ResponseName):
                case InlineFragmentNode inline when !AddResponseNames(inline.SelectionSet):
                case FragmentSpreadNode:
                    return false;
            }
        }

        return true;
    }

    private bool AddResponseName(string name)
    {
        if (_responseNames.Count < ScanLimit)
        {
            foreach (var seen in _responseNames)
            {
                if (seen == name)
                {
                    return false;
                }
            }

            _responseNames.Add(name);
            return true;
        }

        if (_responseNameSet is null || _responseNameSet.Count == 0)
        {
            _responseNameSet ??= new HashSet<string>(StringComparer.Ordinal);
            _responseNameSet.UnionWith(_responseNames);
        }

        return _responseNameSet.Add(name);
    }

    private void FindConflictsWithinSelectionSet(ref List<Conflict>? conflicts, NamedType? parentType, SelectionSetNode selectionSet)
    {
        var collected = CollectFields(parentType, selectionSet);
        CollectConflictsWithin(ref conflicts, collected);
        var fragmentNames = collected.FragmentNames;
        if (fragmentNames.Count != 0 && (collected.Groups.Count != 0 || fragmentNames.Count > 1))
        {
            for (var i = 0; i < fragmentNames.Count; i++)
            {
                CollectConflictsBetweenFieldsAndFragment(ref conflicts, false, collected, fragmentNames[i]);
                for (var j = i + 1; j < fragmentNames.Count; j++)
                {
                    CollectConflictsBetweenFragments(ref conflicts, false, fragmentNames[i], fragmentNames[j]);
                }
            }
        }
    }

    private void CollectConflictsBetweenFieldsAndFragment(ref List<Conflict>? conflicts, bool areMutuallyExclusive, CollectedFields collected, string fragmentName)
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

        CollectConflictsBetween(ref conflicts, areMutuallyExclusive, collected, collected2);
        var referenced = collected2.FragmentNames;
        for (var i = 0; i < referenced.Count; i++)
        {
            CollectConflictsBetweenFieldsAndFragment(ref conflicts, areMutuallyExclusive, collected, referenced[i]);
        }
    }

    private void CollectConflictsBetweenFragments(ref List<Conflict>? conflicts, bool areMutuallyExclusive, string fragmentName1, string fragmentName2)
    {
        SpendBudget(2);
        if (fragmentName1 == fragmentName2 || PairSeen(fragmentName1, fragmentName2, areMutuallyExclusive))
        {
            return;
        }

        _comparedFragmentPairs ??= new(StringComparer.Ordinal);
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
        CollectConflictsBetween(ref conflicts, areMutuallyExclusive, collected1, collected2);
        var referenced2 = collected2.FragmentNames;
        for (var i = 0; i < referenced2.Count; i++)
        {
            CollectConflictsBetweenFragments(ref conflicts, areMutuallyExclusive, fragmentName1, referenced2[i]);
        }

        var referenced1 = collected1.FragmentNames;
        for (var i = 0; i < referenced1.Count; i++)
        {
            CollectConflictsBetweenFragments(ref conflicts, areMutuallyExclusive, referenced1[i], fragmentName2);
        }
    }

    /// <summary>An exclusive comparison is covered by any earlier one, a non-exclusive one only by a non-exclusive one.</summary>
    private bool PairSeen(string a, string b, bool areMutuallyExclusive)
    {
        return _comparedFragmentPairs is not null && (Has(_comparedFragmentPairs, a, b) || Has(_comparedFragmentPairs, b, a));

        bool Has(Dictionary<string, Dictionary<string, bool>> compared, string first, string second) =>
            compared.TryGetValue(first, out var pairs) && pairs.TryGetValue(second, out var exclusive)
            && (areMutuallyExclusive || !exclusive);
    }

    private void FindConflictsBetweenSubSelectionSets(ref List<Conflict>? conflicts, bool areMutuallyExclusive, NamedType? parentType1, SelectionSetNode selectionSet1, NamedType? parentType2, SelectionSetNode selectionSet2)
    {
        var collected1 = CollectFields(parentType1, selectionSet1);
        var collected2 = CollectFields(parentType2, selectionSet2);
        CollectConflictsBetween(ref conflicts, areMutuallyExclusive, collected1, collected2);
        var fragmentNames1 = collected1.FragmentNames;
        var fragmentNames2 = collected2.FragmentNames;
        for (var i = 0; i < fragmentNames2.Count; i++)
        {
            CollectConflictsBetweenFieldsAndFragment(ref conflicts, areMutuallyExclusive, collected1, fragmentNames2[i]);
        }

        for (var i = 0; i < fragmentNames1.Count; i++)
        {
            CollectConflictsBetweenFieldsAndFragment(ref conflicts, areMutuallyExclusive, collected2, fragmentNames1[i]);
        }

        for (var i = 0; i < fragmentNames1.Count; i++)
        {
            for (var j = 0; j < fragmentNames2.Count; j++)
            {
                CollectConflictsBetweenFragments(ref conflicts, areMutuallyExclusive, fragmentNames1[i], fragmentNames2[j]);
            }
        }
    }

    private void CollectConflictsWithin(ref List<Conflict>? conflicts, CollectedFields collected)
    {
        foreach (var first in collected.Groups)
        {
            for (var field1 = first; field1.NextOfName is not null; field1 = field1.NextOfName)
            {
                for (var field2 = field1.NextOfName; field2 is not null; field2 = field2.NextOfName)
                {
                    if (FindConflict(false, first.ResponseName, field1, field2) is { } conflict)
                    {
                        (conflicts ??= []).Add(conflict);
                    }
                }
            }
        }
    }

    private void CollectConflictsBetween(ref List<Conflict>? conflicts, bool parentFieldsAreMutuallyExclusive, CollectedFields collected1, CollectedFields collected2)
    {
        if (collected1.Groups.Count == 0 || collected2.Groups.Count == 0)
        {
            return;
        }

        foreach (var (first1, first2) in GetOverlappingFields(collected1, collected2))
        {
            for (var field1 = first1; field1 is not null; field1 = field1.NextOfName)
            {
                for (var field2 = first2; field2 is not null; field2 = field2.NextOfName)
                {
                    if (FindConflict(parentFieldsAreMutuallyExclusive, first1.ResponseName, field1, field2) is { } conflict)
                    {
                        (conflicts ??= []).Add(conflict);
                    }
                }
            }
        }
    }

    /// <summary>The first fields of the response names both collections have, remembered per pair: the budget is spent once.</summary>
    private (FieldDetails First1, FieldDetails First2)[] GetOverlappingFields(CollectedFields collected1, CollectedFields collected2)
    {
        collected1.OverlappingFields ??= new(ReferenceEqualityComparer.Instance);
        if (collected1.OverlappingFields.TryGetValue(collected2, out var cached))
        {
            return cached;
        }

        List<(FieldDetails, FieldDetails)>? overlapping = null;
        foreach (var first1 in collected1.Groups)
        {
            SpendBudget(1);
            if (collected2.Find(first1.ResponseName) is { } first2)
            {
                (overlapping ??= []).Add((first1, first2));
            }
        }

        var result = overlapping is null ? [] : overlapping.ToArray();
        collected1.OverlappingFields[collected2] = result;
        return result;
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
            List<Conflict>? conflicts = null;
            FindConflictsBetweenSubSelectionSets(
                ref conflicts, areMutuallyExclusive, type1?.GetNamedType(), selectionSet1, type2?.GetNamedType(), selectionSet2);
            return conflicts is null ? null : SubfieldConflicts(conflicts, responseName, node1, node2);
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
        _stringifiedValues ??= new(ReferenceEqualityComparer.Instance);
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
        _collected ??= new(CollectionKeyComparer.Instance);
        if (!_collected.TryGetValue((parentType, selectionSet), out var collected))
        {
            collected = new CollectedFields();
            CollectFieldsInto(parentType, selectionSet, collected);
            _collected[(parentType, selectionSet)] = collected;
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
                    collected.Add(new FieldDetails(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread:
                    collected.AddFragmentName(spread.Name.Value);
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

    /// <summary>
    /// A field in a collected selection set, with the comparisons already made with other fields. Fields of one
    /// response name form a chain in document order, from the first one, which <see cref="CollectedFields.Groups"/> holds.
    /// </summary>
    private sealed class FieldDetails(NamedType? parentType, FieldNode node, FieldDefinition? definition)
    {
        public NamedType? ParentType { get; } = parentType;

        public FieldNode Node { get; } = node;

        public string ResponseName { get; } = node.ResponseName;

        public FieldDefinition? Definition { get; } = definition;

        public bool IsSimpleLeaf { get; } = node.Arguments.Count == 0 && node.SelectionSet is null;

        public FieldDetails? NextOfName { get; set; }

        public Dictionary<FieldDetails, string?>? Comparisons { get; set; }
    }

    /// <summary>The fields of a selection set grouped by response name, in order, and the fragments it spreads.</summary>
    private sealed class CollectedFields
    {
        // Most selection sets are small: scan them, and index by response name only the wide ones.
        private const int IndexThreshold = 8;

        private Dictionary<string, FieldDetails>? _byResponseName;
        private List<string>? _fragmentNames;

        /// <summary>The first field of each response name, in order of first appearance.</summary>
        public List<FieldDetails> Groups { get; } = [];

        public IReadOnlyList<string> FragmentNames => (IReadOnlyList<string>?)_fragmentNames ?? [];

        public Dictionary<string, bool>? ComparedFragments { get; set; }

        public Dictionary<CollectedFields, (FieldDetails, FieldDetails)[]>? OverlappingFields { get; set; }

        /// <summary>The first field of <paramref name="responseName"/>, or null.</summary>
        public FieldDetails? Find(string responseName)
        {
            if (_byResponseName is not null)
            {
                return _byResponseName.GetValueOrDefault(responseName);
            }

            foreach (var first in Groups)
            {
                if (first.ResponseName == responseName)
                {
                    return first;
                }
            }

            return null;
        }

        public void Add(FieldDetails field)
        {
            if (Find(field.ResponseName) is { } last)
            {
                while (last.NextOfName is not null)
                {
                    last = last.NextOfName;
                }

                last.NextOfName = field;
                return;
            }

            Groups.Add(field);
            if (_byResponseName is not null)
            {
                _byResponseName[field.ResponseName] = field;
            }
            else if (Groups.Count > IndexThreshold)
            {
                _byResponseName = new Dictionary<string, FieldDetails>(StringComparer.Ordinal);
                foreach (var first in Groups)
                {
                    _byResponseName[first.ResponseName] = first;
                }
            }
        }

        public void AddFragmentName(string name)
        {
            _fragmentNames ??= [];
            if (!_fragmentNames.Contains(name))
            {
                _fragmentNames.Add(name);
            }
        }
    }

    /// <summary>Collections are cached per parent type and selection set, both compared by reference.</summary>
    private sealed class CollectionKeyComparer : IEqualityComparer<(NamedType?, SelectionSetNode)>
    {
        public static CollectionKeyComparer Instance { get; } = new();

        public bool Equals((NamedType?, SelectionSetNode) x, (NamedType?, SelectionSetNode) y) =>
            ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((NamedType?, SelectionSetNode) key) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(key.Item1), RuntimeHelpers.GetHashCode(key.Item2));
    }
}
