using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Validation;

/// <summary>
/// A §5 rule: hooks the single <see cref="DocumentWalker"/> calls on every node of the document, with
/// <see cref="ValidationContext"/> already describing the node's types. A rule instance serves one validation,
/// so it may keep state in fields. Hooks default to doing nothing.
/// </summary>
public abstract class ValidationRule
{
    public virtual void EnterDocument(ValidationContext context, DocumentNode node) { }

    public virtual void LeaveDocument(ValidationContext context, DocumentNode node) { }

    public virtual void EnterOperation(ValidationContext context, OperationDefinitionNode node) { }

    public virtual void LeaveOperation(ValidationContext context, OperationDefinitionNode node) { }

    public virtual void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode node) { }

    public virtual void EnterVariableDefinition(ValidationContext context, VariableDefinitionNode node) { }

    public virtual void EnterNamedType(ValidationContext context, NamedTypeNode node) { }

    public virtual void EnterSelectionSet(ValidationContext context, SelectionSetNode node) { }

    public virtual void EnterField(ValidationContext context, FieldNode node) { }

    public virtual void LeaveField(ValidationContext context, FieldNode node) { }

    public virtual void EnterFragmentSpread(ValidationContext context, FragmentSpreadNode node) { }

    public virtual void EnterInlineFragment(ValidationContext context, InlineFragmentNode node) { }

    /// <summary>Called once per non-empty directive list, before its directives are visited.</summary>
    public virtual void EnterDirectives(ValidationContext context, IReadOnlyList<DirectiveNode> directives) { }

    public virtual void EnterDirective(ValidationContext context, DirectiveNode node) { }

    public virtual void LeaveDirective(ValidationContext context, DirectiveNode node) { }

    /// <summary>Called once per non-empty argument list of a field or directive, before its arguments are visited.</summary>
    public virtual void EnterArguments(ValidationContext context, IReadOnlyList<ArgumentNode> arguments) { }

    public virtual void EnterArgument(ValidationContext context, ArgumentNode node) { }

    public virtual void EnterListValue(ValidationContext context, ListValueNode node) { }

    public virtual void LeaveListValue(ValidationContext context, ListValueNode node) { }

    public virtual void EnterObjectValue(ValidationContext context, ObjectValueNode node) { }

    public virtual void LeaveObjectValue(ValidationContext context, ObjectValueNode node) { }

    public virtual void EnterObjectField(ValidationContext context, ObjectFieldNode node) { }

    /// <summary>A scalar, enum or null literal.</summary>
    public virtual void EnterLeafValue(ValidationContext context, ValueNode node) { }
}
