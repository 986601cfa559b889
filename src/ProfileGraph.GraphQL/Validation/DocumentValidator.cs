using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;
using ProfileGraph.GraphQL.Validation.Rules;

namespace ProfileGraph.GraphQL.Validation;

/// <summary>
/// Spec §5 validation of an executable document against a schema (graphql-js's <c>validate</c> with its
/// <c>specifiedRules</c>): every rule runs during one walk of the document.
/// https://spec.graphql.org/September2025/#sec-Validation
/// </summary>
public static class DocumentValidator
{
    /// <summary>The problems found, in graphql-js's order; a problem beyond <paramref name="maxErrors"/> stops validation with a "Too many" error.</summary>
    public static IReadOnlyList<ValidationError> Validate(GraphQLSchema schema, DocumentNode document, int maxErrors = 100) =>
        Validate(schema, document, CreateSpecifiedRules(), maxErrors);

    /// <summary>Fresh instances of the specified rules, in graphql-js's <c>specifiedRules</c> order.</summary>
    public static ValidationRule[] CreateSpecifiedRules() =>
    [
        new ExecutableDefinitionsRule(),
        new UniqueOperationNamesRule(),
        new LoneAnonymousOperationRule(),
        new SingleFieldSubscriptionsRule(),
        new KnownTypeNamesRule(),
        new FragmentsOnCompositeTypesRule(),
        new VariablesAreInputTypesRule(),
        new ScalarLeafsRule(),
        new FieldsOnCorrectTypeRule(),
        new UniqueFragmentNamesRule(),
        new KnownFragmentNamesRule(),
        new NoUnusedFragmentsRule(),
        new PossibleFragmentSpreadsRule(),
        new NoFragmentCyclesRule(),
        new UniqueVariableNamesRule(),
        new NoUndefinedVariablesRule(),
        new NoUnusedVariablesRule(),
        new KnownDirectivesRule(),
        new UniqueDirectivesPerLocationRule(),
        new DeferStreamDirectiveOnRootFieldRule(),
        new DeferStreamDirectiveOnValidOperationsRule(),
        new DeferStreamDirectiveLabelRule(),
        new StreamDirectiveOnListFieldRule(),
        new KnownArgumentNamesRule(),
        new UniqueArgumentNamesRule(),
        new ValuesOfCorrectTypeRule(),
        new ProvidedRequiredArgumentsRule(),
        new VariablesInAllowedPositionRule(),
        new OverlappingFieldsCanBeMergedRule(),
        new UniqueInputFieldNamesRule(),
    ];

    /// <summary>Validates with the given rules only; for tests of one rule.</summary>
    public static IReadOnlyList<ValidationError> Validate(GraphQLSchema schema, DocumentNode document, ValidationRule[] rules, int maxErrors = 100)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        var context = new ValidationContext(schema, document, maxErrors);
        try
        {
            new DocumentWalker(context, rules).Walk(document);
        }
        catch (ValidationAbortedException)
        {
            // The context has recorded why.
        }

        return context.Errors;
    }
}
