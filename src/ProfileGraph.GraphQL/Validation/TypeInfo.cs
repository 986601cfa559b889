using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation;

/// <summary>
/// The types around the node being walked, as graphql-js's <c>TypeInfo</c> keeps them: stacks the walker pushes on
/// entering a node and pops on leaving it. A missing definition (unknown field, type or argument) is pushed as null,
/// so rules below it see null rather than a wrong type.
/// </summary>
public sealed class TypeInfo
{
    private readonly GraphQLSchema _schema;
    private readonly List<GraphQLType?> _types = [];
    private readonly List<NamedType?> _parentTypes = [];
    private readonly List<FieldDefinition?> _fieldDefinitions = [];
    private readonly List<GraphQLType?> _inputTypes = [];
    private readonly List<ValueNode?> _defaultValues = [];

    public TypeInfo(GraphQLSchema schema) => _schema = schema;

    /// <summary>The output type of the current field, fragment or operation.</summary>
    public GraphQLType? Type => Peek(_types);

    /// <summary>The composite type whose selection set is being walked.</summary>
    public NamedType? ParentType => Peek(_parentTypes);

    public FieldDefinition? FieldDefinition => Peek(_fieldDefinitions);

    /// <summary>The input type expected by the current argument, list item, object field or variable definition.</summary>
    public GraphQLType? InputType => Peek(_inputTypes);

    /// <summary>The input type enclosing <see cref="InputType"/>, e.g. the input object of an object field.</summary>
    public GraphQLType? ParentInputType => _inputTypes.Count > 1 ? _inputTypes[^2] : null;

    /// <summary>The default of the current argument or input field, which lets a nullable variable fill a non-null slot.</summary>
    public ValueNode? DefaultValue => Peek(_defaultValues);

    public DirectiveDefinition? Directive { get; private set; }

    public ArgumentDefinition? Argument { get; private set; }

    /// <summary>Where the directives being walked stand.</summary>
    public DirectiveLocation DirectiveLocation { get; internal set; }

    internal void EnterOutputType(GraphQLType? type) => _types.Add(type is not null && type.IsOutputType ? type : null);

    internal void LeaveOutputType() => Pop(_types);

    internal void EnterSelectionSet() => _parentTypes.Add(Type?.GetNamedType() is { Kind: TypeKind.Object or TypeKind.Interface or TypeKind.Union } parent ? parent : null);

    internal void LeaveSelectionSet() => Pop(_parentTypes);

    internal void EnterField(FieldNode node)
    {
        var field = ParentType is { } parent ? GetFieldDefinition(parent, node.Name.Value) : null;
        _fieldDefinitions.Add(field);
        EnterOutputType(field?.Type);
    }

    internal void LeaveField()
    {
        Pop(_fieldDefinitions);
        Pop(_types);
    }

    /// <summary>True while the arguments of a directive, known or not, are walked.</summary>
    public bool IsInDirective { get; private set; }

    internal void EnterDirective(DirectiveNode node)
    {
        Directive = _schema.GetDirective(node.Name.Value);
        IsInDirective = true;
    }

    internal void LeaveDirective()
    {
        Directive = null;
        IsInDirective = false;
    }

    internal void EnterArgument(ArgumentNode node)
    {
        var argument = IsInDirective ? Directive?.Arguments[node.Name.Value] : FieldDefinition?.Arguments[node.Name.Value];
        Argument = argument;
        _defaultValues.Add(argument?.DefaultValue);
        EnterInputType(argument?.Type);
    }

    internal void LeaveArgument()
    {
        Argument = null;
        Pop(_defaultValues);
        Pop(_inputTypes);
    }

    internal void EnterInputType(GraphQLType? type) => _inputTypes.Add(type is not null && type.IsInputType ? type : null);

    internal void LeaveInputType() => Pop(_inputTypes);

    internal void EnterListItems()
    {
        var listType = InputType is NonNullType nonNull ? nonNull.OfType : InputType;
        _defaultValues.Add(null);
        EnterInputType(listType is ListType list ? list.OfType : listType);
    }

    internal void LeaveListItems()
    {
        Pop(_defaultValues);
        Pop(_inputTypes);
    }

    internal void EnterObjectField(ObjectFieldNode node)
    {
        var field = InputType?.GetNamedType() is InputObjectType inputObject ? inputObject.Fields[node.Name.Value] : null;
        _defaultValues.Add(field?.DefaultValue);
        EnterInputType(field?.Type);
    }

    internal void LeaveObjectField()
    {
        Pop(_defaultValues);
        Pop(_inputTypes);
    }

    /// <summary>The schema type a type reference names, or null when a named type is unknown.</summary>
    public GraphQLType? TypeFromSyntax(TypeNode node) => _schema.GetType(node);

    /// <summary>
    /// The field <paramref name="name"/> selected on <paramref name="parent"/>, introspection's meta-fields included:
    /// <c>__schema</c> and <c>__type</c> on the query root type, <c>__typename</c> on every composite type.
    /// </summary>
    public FieldDefinition? GetFieldDefinition(NamedType parent, string name) =>
        _schema.GetSelectableField(parent, name);

    private static T? Peek<T>(List<T?> stack)
        where T : class => stack.Count > 0 ? stack[^1] : null;

    private static void Pop<T>(List<T> stack) => stack.RemoveAt(stack.Count - 1);
}
