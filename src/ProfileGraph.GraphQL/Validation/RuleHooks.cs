using System.Collections.Concurrent;
using System.Reflection;

namespace ProfileGraph.GraphQL.Validation;

/// <summary>
/// For each <see cref="ValidationRule"/> hook, the rules that override it, so the walker calls only those: most
/// rules care about one or two node kinds, and a call per rule per node would dominate the walk.
/// </summary>
internal static class RuleHooks
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

    /// <summary>One array per hook (indexed as <see cref="Hook"/>), each in the rules' order.</summary>
    public static ValidationRule[][] Split(ValidationRule[] rules)
    {
        var hooks = new ValidationRule[Count][];
        var overrides = new bool[rules.Length][];
        for (var r = 0; r < rules.Length; r++)
        {
            overrides[r] = OverridesByType.GetOrAdd(rules[r].GetType(), FindOverrides);
        }

        for (var h = 0; h < Count; h++)
        {
            var count = 0;
            for (var r = 0; r < rules.Length; r++)
            {
                count += overrides[r][h] ? 1 : 0;
            }

            var subscribers = count == 0 ? [] : new ValidationRule[count];
            count = 0;
            for (var r = 0; r < rules.Length; r++)
            {
                if (overrides[r][h])
                {
                    subscribers[count++] = rules[r];
                }
            }

            hooks[h] = subscribers;
        }

        return hooks;
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
