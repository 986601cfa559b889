namespace ProfileGraph.GraphQL.Validation;

/// <summary>The hooks of <see cref="ValidationRule"/>, in <see cref="RuleHooks"/>' order.</summary>
internal enum Hook
{
    EnterDocument,
    LeaveDocument,
    EnterOperation,
    LeaveOperation,
    EnterFragmentDefinition,
    EnterVariableDefinition,
    EnterNamedType,
    EnterSelectionSet,
    EnterField,
    LeaveField,
    EnterFragmentSpread,
    EnterInlineFragment,
    EnterDirectives,
    EnterDirective,
    LeaveDirective,
    EnterArguments,
    EnterArgument,
    EnterListValue,
    LeaveListValue,
    EnterObjectValue,
    LeaveObjectValue,
    EnterObjectField,
    EnterLeafValue,
}
