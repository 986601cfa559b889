using ProfileGraph.GraphQL.Execution.Planning;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Execution.CacheControl;

/// <summary>
/// An operation's <see cref="CachePolicy"/>, read from its plan once (Apollo Server's cache-control rules, applied to
/// every field the plan may resolve rather than to those a response did):
/// <list type="bullet">
/// <item>A field of a composite type takes its type's hint; the field's own hint replaces what it says.</item>
/// <item>A root field, or a field of a composite type, left without a max-age gets <see cref="CacheControlOptions.DefaultMaxAge"/>
/// (0), unless it or its type says <c>inheritMaxAge: true</c>; a scalar field without one inherits its parent's.</item>
/// <item>The policy is the smallest max-age of all and private when any hint is; an abstract field counts the fields
/// selected on each of its possible types. <c>__typename</c> counts nothing; introspection fields count as fields of
/// composite types (so <c>__schema</c> alone is not cacheable unless hinted).</item>
/// </list>
/// </summary>
internal static class CachePolicyCompiler
{
    public static CachePolicy Compile(OperationPlan plan, IReadOnlyDictionary<string, object?> variables, CacheControlOptions options)
    {
        var policy = CachePolicy.Unrestricted;
        Walk(plan.Schema, plan.GetRootFields(variables), variables, options, isRoot: true, ref policy);
        return policy;
    }

    private static void Walk(GraphQLSchema schema, PlannedField[] fields, IReadOnlyDictionary<string, object?> variables, CacheControlOptions options, bool isRoot, ref CachePolicy policy)
    {
        foreach (var field in fields)
        {
            if (field.IsTypeName)
            {
                continue;
            }

            var definition = field.Field;
            var named = definition.Type.GetNamedType();
            var isComposite = named is ComplexOutputType or UnionType;
            var hint = default(CacheHint);
            var inheritMaxAge = false;
            if (isComposite)
            {
                hint = HintOf(named, named.Name, options);
                inheritMaxAge = hint.InheritMaxAge;
            }

            var fieldHint = HintOf(definition, $"{field.ParentType.Name}.{definition.Name}", options);
            if (fieldHint.InheritMaxAge && hint.MaxAge is null)
            {
                inheritMaxAge = true;
                hint = hint with { Scope = fieldHint.Scope ?? hint.Scope };
            }
            else
            {
                hint = hint.With(fieldHint);
            }

            if (hint.MaxAge is null && ((isComposite && !inheritMaxAge) || isRoot))
            {
                hint = hint with { MaxAge = options.DefaultMaxAge };
            }

            policy = policy.Restrict(hint);
            if (!isComposite || definition.Name.StartsWith("__", StringComparison.Ordinal))
            {
                continue;
            }

            var possibleTypes = named is ObjectType objectType ? [objectType] : schema.GetPossibleTypes(named);
            foreach (var type in possibleTypes)
            {
                Walk(schema, field.GetChildren(type, variables), variables, options, isRoot: false, ref policy);
            }
        }
    }

    /// <summary>The configured hint of <paramref name="coordinate"/>, with what the SDL's <c>@cacheControl</c> says in its place.</summary>
    private static CacheHint HintOf(IHasDirectives element, string coordinate, CacheControlOptions options)
    {
        var configured = options.Hints.TryGetValue(coordinate, out var hint) ? hint : default;
        return CacheControlDirectives.HintOf(element) is { } declared ? configured.With(declared) : configured;
    }
}
