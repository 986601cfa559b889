using System.Collections.Concurrent;
using System.Reflection;

namespace ProfileGraph.GraphQL.Validation;

/// <summary>
/// For each <see cref="ValidationRule"/> hook, the rules that override it, so the walker calls only those: most
/// rules care about one or two node kinds, and a call per rule per node would dominate the walk. The plan depends on
/// the rules' types alone, so the one last made is kept: validation nearly always runs the same rule set.
/// </summary>
internal sealed class RuleHooks
{
    public const int Count = 23;

    private static readonly string[] MethodNames =
    [
        nameof(ValidationRule.EnterDocument), nameof(ValidationRule.LeaveDocument),
        nameof(ValidationRule.EnterOperation), nameof(ValidationRule.LeaveOperation),
        nameof(ValidationRule.EnterFragmentDefinition), nameof(ValidationRule.EnterVariableDefinition),
        nameof(ValidationRule.EnterNamedType), nameof(ValidationRule.EnterSelectionSet),
        nameof(ValidationRule.EnterField), nameof(ValidationRule.LeaveField),
        nameof(ValidationRule.EnterFragmentSpread), nameof(ValidationRule.EnterInlineFragment),
        nameof(ValidationRule.EnterDirectives), nameof(ValidationRule.EnterDirective), nameof(ValidationRule.LeaveDirective),
        nameof(ValidationRule.EnterArguments), nameof(ValidationRule.EnterArgument),
        nameof(ValidationRule.EnterListValue), nameof(ValidationRule.LeaveListValue),
        nameof(ValidationRule.EnterObjectValue), nameof(ValidationRule.LeaveObjectValue),
        nameof(ValidationRule.EnterObjectField), nameof(ValidationRule.EnterLeafValue),
    ];

    private static readonly ConcurrentDictionary<Type, bool[]> OverridesByType = new();
    private static RuleHooks? _lastPlan;

    private readonly Type[] _ruleTypes;
    private readonly int[] _ruleIndexes;

    private RuleHooks(ValidationRule[] rules)
    {
        _ruleTypes = Array.ConvertAll(rules, rule => rule.GetType());
        var overrides = Array.ConvertAll(_ruleTypes, type => OverridesByType.GetOrAdd(type, FindOverrides));
        var ruleIndexes = new List<int>();
        Starts = new int[Count + 1];
        for (var h = 0; h < Count; h++)
        {
            Starts[h] = ruleIndexes.Count;
            for (var r = 0; r < rules.Length; r++)
            {
                if (overrides[r][h])
                {
                    ruleIndexes.Add(r);
                }
            }
        }

        Starts[Count] = ruleIndexes.Count;
        _ruleIndexes = [.. ruleIndexes];
    }

    /// <summary>Where each hook's subscribers start in <see cref="Subscribe"/>'s array (indexed as <see cref="Hook"/>, one more at the end).</summary>
    public int[] Starts { get; }

    /// <summary>The plan for rules of these types, in this order. Threads racing here only build a plan twice.</summary>
    public static RuleHooks For(ValidationRule[] rules)
    {
        var last = _lastPlan;
        if (last is not null && last.Fits(rules))
        {
            return last;
        }

        return _lastPlan = new RuleHooks(rules);
    }

    /// <summary>The subscribers of all hooks, hook after hook, each hook's in the rules' order.</summary>
    public ValidationRule[] Subscribe(ValidationRule[] rules)
    {
        var subscribers = new ValidationRule[_ruleIndexes.Length];
        for (var i = 0; i < subscribers.Length; i++)
        {
            subscribers[i] = rules[_ruleIndexes[i]];
        }

        return subscribers;
    }

    private bool Fits(ValidationRule[] rules)
    {
        if (rules.Length != _ruleTypes.Length)
        {
            return false;
        }

        for (var r = 0; r < rules.Length; r++)
        {
            if (rules[r].GetType() != _ruleTypes[r])
            {
                return false;
            }
        }

        return true;
    }

    private static bool[] FindOverrides(Type type)
    {
        var overrides = new bool[Count];
        for (var h = 0; h < Count; h++)
        {
            overrides[h] = type.GetMethod(MethodNames[h], BindingFlags.Public | BindingFlags.Instance)?.DeclaringType != typeof(ValidationRule);
        }

        return overrides;
    }
}
