using System.Globalization;
using ProfileGraph.GraphQL.Execution.Planning;
using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Execution.Cost;

/// <summary>
/// An operation's cost, compiled once per cached plan: a tree of the plan's fields with their weights, list sizes and
/// object weights, in which every part that no variable can change is summed ahead. A request evaluates only the
/// parts its variables size (a <c>refs</c> list, a <c>first</c>), so a cached document is never walked again. The
/// limits on fields, depth and introspection nesting are judged when compiling, since the document alone decides them.
/// </summary>
internal sealed class CostModel
{
    // Introspection's list fields: each may appear once on a path, so one introspection query stays polynomial.
    private static readonly HashSet<string> IntrospectionLists = new(StringComparer.Ordinal) { "types", "fields", "inputFields", "interfaces", "possibleTypes", "enumValues", "args", "directives" };

    private readonly OperationCost _operation;
    private readonly FieldCost[] _roots;
    private readonly GraphQLException? _error;
    private readonly OperationCost? _constant;

    private CostModel(OperationCost operation, FieldCost[] roots, GraphQLException? error)
    {
        _operation = operation;
        _roots = roots;
        _error = error;
        if (error is null && roots.All(root => root.Unit is not null))
        {
            _constant = roots.Aggregate(operation, (sum, root) => sum + root.Unit!.Value);
        }
    }

    public static CostModel Compile(OperationPlan plan, IReadOnlyDictionary<string, object?> variables, CostOptions options)
    {
        // The operation's root object counts once among the objects it returns (spec §5.3.1.1).
        var operation = new OperationCost(0, CostDirectives.WeightOf(plan.RootType) ?? 1);
        var compiler = new Compiler(plan.Schema, variables, options);
        try
        {
            var roots = compiler.Compile(plan.GetRootFields(variables), depth: 1, sizedByParent: null);
            return new CostModel(operation, roots, compiler.LimitError());
        }
        catch (GraphQLException error)
        {
            return new CostModel(operation, [], error);
        }
    }

    /// <summary>The operation's cost with the request's variables; throws the <see cref="GraphQLException"/> of a limit it breaks.</summary>
    public OperationCost Evaluate(IReadOnlyDictionary<string, object?> variables, CostOptions options)
    {
        if (_error is not null)
        {
            throw _error;
        }

        if (_constant is { } constant)
        {
            return constant;
        }

        var total = _operation;
        foreach (var root in _roots)
        {
            total += root.Evaluate(1, variables, options);
        }

        return total;
    }

    /// <summary>One planned field: what it weighs each time it runs, and what it returns.</summary>
    private sealed class FieldCost(double weight, (GraphQLType Type, string Variable)[] variableArguments, ListSize? size, double typeWeight, FieldCost[][] alternatives)
    {
        /// <summary>The field's cost when it runs once, when no variable can change it.</summary>
        public OperationCost? Unit { get; init; }

        public bool IsConstant => variableArguments.Length == 0 && size is not { IsConstant: false } && alternatives.All(children => children.All(child => child.Unit is not null));

        public OperationCost Evaluate(double times, IReadOnlyDictionary<string, object?> variables, CostOptions options)
        {
            if (Unit is { } unit)
            {
                return times * unit;
            }

            var fieldWeight = weight;
            foreach (var (type, variable) in variableArguments)
            {
                fieldWeight += InputCost.OfValue(type, variables.GetValueOrDefault(variable));
            }

            double count = size?.Resolve(variables, options) ?? 1;
            var cost = new OperationCost(times * Math.Max(0, fieldWeight), times * count * typeWeight);
            OperationCost? children = null;
            foreach (var fields in alternatives)
            {
                var sum = default(OperationCost);
                foreach (var child in fields)
                {
                    sum += child.Evaluate(times * count, variables, options);
                }

                children = children is { } other ? OperationCost.Max(other, sum) : sum;
            }

            return cost + (children ?? default);
        }
    }

    /// <summary>Walks a plan once, counting fields and depth on the way.</summary>
    private sealed class Compiler(GraphQLSchema schema, IReadOnlyDictionary<string, object?> variables, CostOptions options)
    {
        private int _fields;
        private int _depth;

        public FieldCost[] Compile(PlannedField[] fields, int depth, IReadOnlyDictionary<string, ListSize>? sizedByParent)
        {
            _depth = Math.Max(_depth, depth);
            var costs = new List<FieldCost>(fields.Length);
            foreach (var field in fields)
            {
                _fields++;
                if (field.IsTypeName)
                {
                    continue;
                }

                if (field.Field.Name.StartsWith("__", StringComparison.Ordinal))
                {
                    // Introspection is bounded by its own rule, not weighed: its lists have no sizes to read.
                    CheckIntrospection(field, depth, [], 0);
                    continue;
                }

                costs.Add(CompileField(field, depth, sizedByParent));
            }

            return [.. costs];
        }

        public GraphQLException? LimitError()
        {
            if (_fields > options.MaxFields)
            {
                return new GraphQLException(
                    $"The operation selects {Number(_fields)} fields; at most {Number(options.MaxFields)} are allowed.",
                    ErrorCodes.FieldLimitExceeded,
                    new Dictionary<string, object?> { ["fields"] = _fields, ["limit"] = options.MaxFields });
            }

            return _depth > options.MaxDepth
                ? new GraphQLException(
                    $"The operation nests {Number(_depth)} levels deep; at most {Number(options.MaxDepth)} are allowed.",
                    ErrorCodes.DepthLimitExceeded,
                    new Dictionary<string, object?> { ["depth"] = _depth, ["limit"] = options.MaxDepth })
                : null;
        }

        private FieldCost CompileField(PlannedField field, int depth, IReadOnlyDictionary<string, ListSize>? sizedByParent)
        {
            var definition = field.Field;
            var node = field.Nodes[0];
            var coordinate = $"{field.ParentType.Name}.{definition.Name}";
            var named = definition.Type.GetNamedType();
            var isComposite = named is ComplexOutputType or UnionType;

            // The field's weight (spec §7.1), then its arguments' (§5.3.2.2): those given as variables are read per request.
            var weight = CostDirectives.WeightOf(definition) ?? (definition.ResolvesAsynchronously ? options.DefaultResolverWeight : isComposite ? 1 : 0);
            var variableArguments = new List<(GraphQLType, string)>();
            foreach (var argument in definition.Arguments)
            {
                var value = node.Arguments.FirstOrDefault(a => a.Name.Value == argument.Name)?.Value ?? argument.DefaultValue;
                if (value is null or NullValueNode)
                {
                    continue;
                }

                weight += InputCost.WeightOf(argument);
                if (value is VariableNode variable)
                {
                    if (InputCost.DependsOnValue(argument.Type))
                    {
                        variableArguments.Add((argument.Type, variable.Name.Value));
                    }
                }
                else
                {
                    weight += InputCost.OfLiteral(argument.Type, value);
                }
            }

            // How many values it returns: a list's size, or the size its parent gives it as one of its sized fields.
            var settings = CostDirectives.ListSizeOf(definition);
            ListSize? size = null;
            if (sizedByParent is not null && sizedByParent.TryGetValue(definition.Name, out var given))
            {
                size = given;
            }
            else if (IsList(definition.Type))
            {
                size = ListSize.For(definition, node, settings, coordinate);
            }

            Dictionary<string, ListSize>? sizedChildren = null;
            if (settings is { SizedFields.Count: > 0 } && !IsList(definition.Type))
            {
                var childSize = ListSize.For(definition, node, settings, coordinate);
                sizedChildren = settings.SizedFields.ToDictionary(name => name, _ => childSize, StringComparer.Ordinal);
            }

            // What it returns: each object type it may return is an alternative, and the dearest one counts.
            var possibleTypes = named switch
            {
                ObjectType objectType => [objectType],
                InterfaceType or UnionType => schema.GetPossibleTypes(named).ToList(),
                _ => new List<ObjectType>(),
            };
            var typeWeight = isComposite
                ? possibleTypes.Select(type => CostDirectives.WeightOf(type) ?? 1).DefaultIfEmpty(1).Max()
                : CostDirectives.WeightOf(named) ?? 0;
            var fieldsBefore = _fields;
            var widest = 0;
            var alternatives = new List<FieldCost[]>();
            foreach (var type in possibleTypes)
            {
                var start = _fields;
                alternatives.Add(Compile(field.GetChildren(type, variables), depth + 1, sizedChildren));
                widest = Math.Max(widest, _fields - start);
                _fields = start;
            }

            // An abstract field's alternatives are one selection: count its widest, not all of them.
            _fields = fieldsBefore + widest;

            var cost = new FieldCost(weight, [.. variableArguments], size, typeWeight, [.. alternatives]);
            return cost.IsConstant ? new FieldCost(weight, [], size, typeWeight, [.. alternatives]) { Unit = cost.Evaluate(1, variables, options) } : cost;
        }

        private void CheckIntrospection(PlannedField field, int depth, HashSet<string> lists, int ofTypeDepth)
        {
            _depth = Math.Max(_depth, depth);
            var name = field.Field.Name;
            if (IntrospectionLists.Contains(name) && !lists.Add(name))
            {
                throw new GraphQLException($"Introspection selects \"{name}\" inside \"{name}\"; each introspection list may appear once on a path.", ErrorCodes.IntrospectionDepthExceeded);
            }

            if (name == "ofType" && ++ofTypeDepth > options.MaxIntrospectionOfTypeDepth)
            {
                throw new GraphQLException(
                    $"Introspection nests \"ofType\" more than {Number(options.MaxIntrospectionOfTypeDepth)} levels deep.",
                    ErrorCodes.IntrospectionDepthExceeded);
            }

            if (field.Field.Type.GetNamedType() is ObjectType type)
            {
                foreach (var child in field.GetChildren(type, variables))
                {
                    _fields++;
                    if (!child.IsTypeName)
                    {
                        CheckIntrospection(child, depth + 1, [.. lists], ofTypeDepth);
                    }
                }
            }
        }

        private static bool IsList(GraphQLType type) => (type is NonNullType nonNull ? nonNull.OfType : type) is ListType;

        private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
    }
}
