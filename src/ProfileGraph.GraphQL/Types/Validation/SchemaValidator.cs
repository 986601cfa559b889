using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types;

/// <summary>
/// The type system validation of spec §3 on a built schema, worded as graphql-js 16's <c>validateSchema</c>:
/// names, field and argument positions, interface implementations, unions, enums, input objects (OneOf and
/// non-null cycles), and that default values and directive arguments coerce to their types.
/// </summary>
internal sealed class SchemaValidator(GraphQLSchema schema, SchemaErrors errors)
{
    private readonly HashSet<string> _visitedInputObjects = new(StringComparer.Ordinal);

    public static void Validate(GraphQLSchema schema, SchemaErrors errors) => new SchemaValidator(schema, errors).Run();

    private void Run()
    {
        ValidateDirectiveArguments(schema.Directives);
        foreach (var directive in schema.DirectiveDefinitions.Where(d => d.SyntaxNode is not null))
        {
            ValidateName(directive.Name, directive.SyntaxNode);
            ValidateArguments("@" + directive.Name, directive.Arguments);
        }

        foreach (var type in schema.Types.Where(t => t.SyntaxNodes.Count > 0))
        {
            ValidateName(type.Name, type.SyntaxNodes[0]);
            ValidateDirectiveArguments(type.Directives);
            switch (type)
            {
                case ComplexOutputType complex:
                    ValidateFields(complex);
                    ValidateInterfaces(complex);
                    break;
                case UnionType { Types.Count: 0 }:
                    errors.Report($"Union type {type.Name} must define one or more member types.", type.SyntaxNodes);
                    break;
                case EnumType enumType:
                    ValidateEnumValues(enumType);
                    break;
                case InputObjectType inputObject:
                    ValidateInputFields(inputObject);
                    DetectNonNullCycles(inputObject, [], new Dictionary<string, int>(StringComparer.Ordinal));
                    break;
            }
        }
    }

    private void ValidateName(string name, SyntaxNode? node)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            errors.Report($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", node);
        }
    }

    private void ValidateFields(ComplexOutputType type)
    {
        if (type.Fields.Count == 0)
        {
            errors.Report($"Type {type.Name} must define one or more fields.", type.SyntaxNodes);
        }

        foreach (var field in type.Fields)
        {
            ValidateName(field.Name, field.SyntaxNode);
            ValidateDirectiveArguments(field.Directives);
            if (!field.Type.IsOutputType)
            {
                errors.Report($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.", field.SyntaxNode?.Type);
            }

            ValidateArguments($"{type.Name}.{field.Name}", field.Arguments);
        }
    }

    private void ValidateArguments(string parentCoordinate, IEnumerable<ArgumentDefinition> arguments)
    {
        foreach (var argument in arguments)
        {
            var coordinate = $"{parentCoordinate}({argument.Name}:)";
            ValidateName(argument.Name, argument.SyntaxNode);
            if (!argument.Type.IsInputType)
            {
                errors.Report($"The type of {coordinate} must be Input Type but got: {argument.Type}.", argument.SyntaxNode);
            }
            else
            {
                ValidateDefaultValue(coordinate, argument);
            }

            if (argument.IsRequired && argument.IsDeprecated)
            {
                errors.Report($"Required argument {coordinate} cannot be deprecated.", DeprecatedNode(argument), argument.SyntaxNode?.Type);
            }

            ValidateDirectiveArguments(argument.Directives);
        }
    }

    private void ValidateInterfaces(ComplexOutputType type)
    {
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(iface, type))
            {
                errors.Report($"Type {type.Name} cannot implement itself because it would create a circular reference.", ImplementsNodes(type, iface));
                continue;
            }

            foreach (var transitive in iface.Interfaces.Where(t => !type.Implements(t)))
            {
                errors.Report(
                    ReferenceEquals(transitive, type)
                        ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                        : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.",
                    [.. ImplementsNodes(iface, transitive), .. ImplementsNodes(type, iface)]);
            }

            ValidateImplementation(type, iface);
        }
    }

    private void ValidateImplementation(ComplexOutputType type, InterfaceType iface)
    {
        foreach (var ifaceField in iface.Fields)
        {
            var field = type.GetField(ifaceField.Name);
            if (field is null)
            {
                errors.Report($"Interface field {iface.Name}.{ifaceField.Name} expected but {type.Name} does not provide it.", [ifaceField.SyntaxNode, .. type.SyntaxNodes]);
                continue;
            }

            if (!schema.IsTypeSubTypeOf(field.Type, ifaceField.Type))
            {
                errors.Report(
                    $"Interface field {iface.Name}.{field.Name} expects type {ifaceField.Type} but {type.Name}.{field.Name} is type {field.Type}.",
                    ifaceField.SyntaxNode?.Type,
                    field.SyntaxNode?.Type);
            }

            foreach (var ifaceArgument in ifaceField.Arguments)
            {
                var argument = field.Arguments[ifaceArgument.Name];
                if (argument is null)
                {
                    errors.Report(
                        $"Interface field argument {iface.Name}.{field.Name}({ifaceArgument.Name}:) expected but {type.Name}.{field.Name} does not provide it.",
                        ifaceArgument.SyntaxNode,
                        field.SyntaxNode);
                }
                else if (!argument.Type.IsEqualTo(ifaceArgument.Type))
                {
                    errors.Report(
                        $"Interface field argument {iface.Name}.{field.Name}({argument.Name}:) expects type {ifaceArgument.Type} but {type.Name}.{field.Name}({argument.Name}:) is type {argument.Type}.",
                        ifaceArgument.SyntaxNode?.Type,
                        argument.SyntaxNode?.Type);
                }
            }

            foreach (var argument in field.Arguments.Where(a => a.IsRequired && !ifaceField.Arguments.Contains(a.Name)))
            {
                errors.Report(
                    $"Object field {type.Name}.{field.Name} includes required argument {argument.Name} that is missing from the Interface field {iface.Name}.{field.Name}.",
                    argument.SyntaxNode,
                    ifaceField.SyntaxNode);
            }
        }
    }

    private void ValidateEnumValues(EnumType type)
    {
        if (type.Values.Count == 0)
        {
            errors.Report($"Enum type {type.Name} must define one or more values.", type.SyntaxNodes);
        }

        foreach (var value in type.Values)
        {
            ValidateName(value.Name, value.SyntaxNode);
            ValidateDirectiveArguments(value.Directives);
        }
    }

    private void ValidateInputFields(InputObjectType type)
    {
        if (type.Fields.Count == 0)
        {
            errors.Report($"Input Object type {type.Name} must define one or more fields.", type.SyntaxNodes);
        }

        foreach (var field in type.Fields)
        {
            var coordinate = $"{type.Name}.{field.Name}";
            ValidateName(field.Name, field.SyntaxNode);
            ValidateDirectiveArguments(field.Directives);
            if (!field.Type.IsInputType)
            {
                errors.Report($"The type of {coordinate} must be Input Type but got: {field.Type}.", field.SyntaxNode?.Type);
            }
            else
            {
                ValidateDefaultValue(coordinate, field);
            }

            if (field.IsRequired && field.IsDeprecated)
            {
                errors.Report($"Required input field {coordinate} cannot be deprecated.", DeprecatedNode(field), field.SyntaxNode?.Type);
            }

            if (type.IsOneOf && field.Type is NonNullType)
            {
                errors.Report($"OneOf input field {coordinate} must be nullable.", field.SyntaxNode?.Type);
            }

            if (type.IsOneOf && field.DefaultValue is not null)
            {
                errors.Report($"OneOf input field {coordinate} cannot have a default value.", field.SyntaxNode);
            }
        }
    }

    /// <summary>Input objects may only reference themselves through a nullable or list field, or no value could be finite.</summary>
    private void DetectNonNullCycles(InputObjectType type, List<InputFieldDefinition> path, Dictionary<string, int> pathIndexByType)
    {
        if (!_visitedInputObjects.Add(type.Name))
        {
            return;
        }

        pathIndexByType[type.Name] = path.Count;
        foreach (var field in type.Fields)
        {
            if (field.Type is not NonNullType { OfType: InputObjectType fieldType })
            {
                continue;
            }

            path.Add(field);
            if (pathIndexByType.TryGetValue(fieldType.Name, out var cycleStart))
            {
                var cycle = path[cycleStart..];
                errors.Report(
                    $"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{string.Join('.', cycle.Select(f => f.Name))}\".",
                    cycle.Select(f => f.SyntaxNode));
            }
            else
            {
                DetectNonNullCycles(fieldType, path, pathIndexByType);
            }

            path.RemoveAt(path.Count - 1);
        }

        pathIndexByType.Remove(type.Name);
    }

    private void ValidateDefaultValue(string coordinate, InputValueDefinition definition)
    {
        if (definition.DefaultValue is { } defaultValue && Coerce(defaultValue, definition.Type) is { } problem)
        {
            errors.Report($"{coordinate} has invalid default value: {problem}", defaultValue);
        }
    }

    private void ValidateDirectiveArguments(IEnumerable<AppliedDirective> directives)
    {
        foreach (var directive in directives)
        {
            foreach (var argument in directive.SyntaxNode?.Arguments ?? [])
            {
                if (directive.Definition.Arguments[argument.Name.Value] is { } definition
                    && Coerce(argument.Value, definition.Type) is { } problem)
                {
                    errors.Report($"Directive \"@{directive.Name}\" argument \"{argument.Name.Value}\" has invalid value {SyntaxPrinter.Print(argument.Value)}: {problem}", argument.Value);
                }
            }
        }
    }

    private static string? Coerce(ValueNode literal, GraphQLType type)
    {
        try
        {
            InputCoercion.CoerceLiteral(literal, type);
            return null;
        }
        catch (GraphQLCoercionException exception)
        {
            return exception.Message;
        }
    }

    private static DirectiveNode? DeprecatedNode(IHasDirectives element) =>
        element.GetDirective(BuiltInDirectives.Deprecated.Name)?.SyntaxNode;

    private static IEnumerable<SyntaxNode> ImplementsNodes(ComplexOutputType type, InterfaceType iface) =>
        type.SyntaxNodes.SelectMany(n => n switch
        {
            ObjectTypeDefinitionNode o => o.Interfaces,
            ObjectTypeExtensionNode o => o.Interfaces,
            InterfaceTypeDefinitionNode i => i.Interfaces,
            InterfaceTypeExtensionNode i => i.Interfaces,
            _ => [],
        }).Where(n => n.Name.Value == iface.Name);
}
