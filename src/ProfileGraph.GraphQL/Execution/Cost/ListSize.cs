using System.Collections;
using System.Globalization;
using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Execution.Cost;

/// <summary>
/// How long a list field's list is, as far as static analysis can know (cost spec §8): the largest slicing argument
/// given (an <c>Int</c>, or the length of a list argument such as <c>refs</c> or <c>ids</c>), else the assumed size,
/// else <see cref="CostOptions.DefaultListSize"/>. Arguments that are variables are read per request.
/// </summary>
internal sealed class ListSize
{
    private readonly Slice[] _slices;
    private readonly int? _assumedSize;
    private readonly bool _requireOne;
    private readonly string _coordinate;

    private ListSize(Slice[] slices, int? assumedSize, bool requireOne, string coordinate)
    {
        _slices = slices;
        _assumedSize = assumedSize;
        _requireOne = requireOne && slices.Length > 0;
        _coordinate = coordinate;
        IsConstant = slices.All(slice => slice.Variable is null);
    }

    /// <summary>True when no slicing argument is a variable: the size is the same for every request.</summary>
    public bool IsConstant { get; }

    /// <summary>
    /// The size of <paramref name="field"/>'s list by its <c>@listSize</c>; without one, a list field with exactly
    /// one list argument (<c>_entities(representations:)</c>) is sized by that list.
    /// </summary>
    public static ListSize For(FieldDefinition field, FieldNode node, ListSizeSettings? settings, string coordinate)
    {
        if (settings is null)
        {
            var lists = field.Arguments.Where(argument => IsList(argument.Type)).ToList();
            settings = new ListSizeSettings(null, lists.Count == 1 ? [lists[0].Name] : [], [], RequireOneSlicingArgument: false);
        }

        var slices = settings.SlicingArguments
            .Select(name => field.Arguments.TryGet(name, out var argument) ? SliceOf(argument, node) : null)
            .OfType<Slice>()
            .ToArray();
        return new ListSize(slices, settings.AssumedSize, settings.RequireOneSlicingArgument, coordinate);
    }

    /// <summary>The size for one request; throws a <see cref="GraphQLException"/> when a list argument is too long or the slicing arguments are not as required.</summary>
    public int Resolve(IReadOnlyDictionary<string, object?> variables, CostOptions options)
    {
        var largest = -1;
        var given = 0;
        foreach (var slice in _slices)
        {
            if (slice.SizeIn(variables) is not { } size)
            {
                continue;
            }

            given++;
            if (slice.IsList && size > options.MaxListArgumentLength)
            {
                throw new GraphQLException(
                    $"\"{_coordinate}({slice.Name}:)\" has {size.ToString(CultureInfo.InvariantCulture)} items; at most {options.MaxListArgumentLength.ToString(CultureInfo.InvariantCulture)} are allowed.",
                    ErrorCodes.ListSizeLimitExceeded,
                    new Dictionary<string, object?> { ["argument"] = $"{_coordinate}({slice.Name}:)", ["size"] = size, ["limit"] = options.MaxListArgumentLength });
            }

            largest = Math.Max(largest, size);
        }

        if (_requireOne && given != 1)
        {
            throw new GraphQLException(
                $"\"{_coordinate}\" needs exactly one of its slicing arguments ({string.Join(", ", _slices.Select(s => s.Name))}) to bound its list.",
                ErrorCodes.SlicingArgumentRequired);
        }

        return largest >= 0 ? largest : _assumedSize ?? options.DefaultListSize;
    }

    private static Slice? SliceOf(ArgumentDefinition argument, FieldNode node)
    {
        var isList = IsList(argument.Type);
        var value = node.Arguments.FirstOrDefault(a => a.Name.Value == argument.Name)?.Value ?? argument.DefaultValue;
        return value switch
        {
            null or NullValueNode => new Slice(argument.Name, isList, null, null),
            VariableNode variable => new Slice(argument.Name, isList, null, variable.Name.Value),
            ListValueNode list => new Slice(argument.Name, isList, list.Values.Count, null),
            IntValueNode number => new Slice(argument.Name, isList, int.TryParse(number.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var size) ? Math.Max(size, 0) : int.MaxValue, null),

            // A single value given for a list argument is a list of one (input coercion).
            _ => new Slice(argument.Name, isList, 1, null),
        };
    }

    private static bool IsList(GraphQLType type) => (type is NonNullType nonNull ? nonNull.OfType : type) is ListType;

    /// <summary>One slicing argument: its size when the document gives it, or the variable that will.</summary>
    private sealed record Slice(string Name, bool IsList, int? Constant, string? Variable)
    {
        public int? SizeIn(IReadOnlyDictionary<string, object?> variables)
        {
            if (Variable is null)
            {
                return Constant;
            }

            return variables.GetValueOrDefault(Variable) switch
            {
                null => null,
                ICollection items => items.Count,
                int number => Math.Max(number, 0),
                long number => (int)Math.Clamp(number, 0, int.MaxValue),
                _ => 1,
            };
        }
    }
}
