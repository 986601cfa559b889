using System.Linq.Expressions;
using System.Reflection;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Binding;

/// <summary>
/// Binds registered resolvers to a built schema's fields and checks that the schema can execute: every field has a
/// resolver or a CLR member to read, every resolver parameter is something it can be given, and every CLR type can
/// complete to its field's type. CLR types of object types are inferred from resolver return types and member
/// types, so a property two levels down is checked like a resolver. All problems are reported together.
/// </summary>
internal sealed class ResolverBinder(GraphQLSchema schema, ResolverRegistrations registrations, SchemaErrors errors)
{
    private readonly Dictionary<FieldDefinition, string> _boundBy = [];
    private readonly Dictionary<(InterfaceType, string), (FieldResolver Resolver, Type? ResultType, string By)> _interfaceResolvers = [];
    private readonly Dictionary<FieldDefinition, Type?> _resultTypes = [];
    private readonly Dictionary<ObjectType, List<Type>> _runtimeTypes = [];
    private readonly Queue<(ObjectType Type, Type ClrType)> _toCheck = new();

    public void Bind()
    {
        foreach (var (clrType, typeName, instance) in registrations.Classes)
        {
            BindClass(clrType, typeName, instance);
        }

        foreach (var (typeName, fieldName, resolver) in registrations.Delegates)
        {
            BindDelegate(typeName, fieldName, resolver);
        }

        foreach (var (fieldName, subscriber) in registrations.Subscribers)
        {
            BindSubscriber(fieldName, subscriber);
        }

        BindInterfaceResolvers();
        foreach (var (typeName, clrType) in registrations.RuntimeTypes)
        {
            if (schema.GetType(typeName) is ObjectType objectType)
            {
                AddRuntimeType(objectType, clrType);
            }
            else
            {
                errors.Report($"Cannot bind CLR type {ClrTypeCompatibility.Name(clrType)} to \"{typeName}\": the schema has no object type of that name.");
            }
        }

        foreach (var (typeName, isTypeOf) in registrations.TypeChecks)
        {
            if (schema.GetType(typeName) is ObjectType objectType)
            {
                objectType.IsTypeOf = isTypeOf;
            }
            else
            {
                errors.Report($"Cannot add an IsTypeOf check to \"{typeName}\": the schema has no object type of that name.");
            }
        }

        InferRuntimeTypes();
        if (registrations.IsExecutable)
        {
            CheckRootFieldsResolve();
        }

        foreach (var (type, clrTypes) in _runtimeTypes)
        {
            type.RuntimeTypes = clrTypes;
        }
    }

    private void BindClass(Type clrType, string typeName, object? instance)
    {
        if (schema.GetType(typeName) is not ComplexOutputType owner || typeName.StartsWith("__", StringComparison.Ordinal))
        {
            var what = schema.GetType(typeName) is { } other ? $"which is {Article(other.Kind)}; only object and interface types have fields" : "which the schema does not define";
            errors.Report($"Resolver class {clrType.Name} binds type \"{typeName}\", {what}.");
            return;
        }

        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var methods = clrType.GetMethods(flags).Where(m => !m.IsSpecialName && m.GetCustomAttribute<GraphQLIgnoreAttribute>() is null);
        for (var type = clrType.BaseType; type is not null && type != typeof(object); type = type.BaseType)
        {
            methods = methods.Concat(type.GetMethods(flags).Where(m => !m.IsSpecialName && m.GetCustomAttribute<GraphQLIgnoreAttribute>() is null));
        }

        foreach (var method in methods)
        {
            var fieldName = ClrNames.FieldNameOf(method);
            var describedAs = $"Resolver method {clrType.Name}.{method.Name}";
            var field = owner.GetField(fieldName)
                ?? (ClrNames.Declared(method) is null ? ClrNames.Candidates(fieldName).Select(owner.GetField).FirstOrDefault(f => f is not null) : null);
            if (field is null)
            {
                errors.Report($"{describedAs} matches no field of type \"{typeName}\".", owner.SyntaxNodes.Count > 0 ? owner.SyntaxNodes[0] : null);
                continue;
            }

            var instanceExpression = ResolverCompiler.InstanceOf(clrType, instance, method.IsStatic);
            Attach(owner, field, method, instanceExpression, describedAs);
        }
    }

    private void BindDelegate(string typeName, string fieldName, Delegate resolver)
    {
        var describedAs = $"The resolver delegate for \"{typeName}.{fieldName}\"";
        if (schema.GetType(typeName) is not ComplexOutputType owner || owner.GetField(fieldName) is not { } field)
        {
            errors.Report($"Cannot bind a resolver to \"{typeName}.{fieldName}\": the schema has no such field.");
            return;
        }

        if (resolver is FieldResolver fieldResolver)
        {
            SetResolver(owner, field, fieldResolver, null, describedAs);
            return;
        }

        var target = resolver.Target is null ? null : Expression.Constant(resolver.Target);
        Attach(owner, field, resolver.Method, target, describedAs);
    }

    private void BindSubscriber(string fieldName, Delegate subscriber)
    {
        var describedAs = $"The subscriber of \"{schema.SubscriptionType?.Name ?? "Subscription"}.{fieldName}\"";
        if (schema.SubscriptionType is not { } owner || owner.GetField(fieldName) is not { } field)
        {
            errors.Report($"Cannot bind a subscriber to \"{fieldName}\": the schema has no such subscription field.");
            return;
        }

        var problems = new List<string>();
        var target = subscriber.Target is null ? null : Expression.Constant(subscriber.Target);
        var compiled = subscriber is FieldResolver direct ? direct : ResolverCompiler.Compile(subscriber.Method, target, owner, field, describedAs, problems, subscriber: true);
        foreach (var problem in problems)
        {
            errors.Report(problem, field.SyntaxNode);
        }

        field.Subscriber = compiled;
    }

    private void Attach(ComplexOutputType owner, FieldDefinition field, MethodInfo method, Expression? instance, string describedAs)
    {
        var problems = new List<string>();
        var resolver = ResolverCompiler.Compile(method, instance, owner, field, describedAs, problems);
        foreach (var problem in problems)
        {
            errors.Report(problem, field.SyntaxNode);
        }

        if (resolver is not null)
        {
            SetResolver(owner, field, resolver, ClrTypeCompatibility.ResultTypeOf(method.ReturnType), describedAs);
            field.ResolvesAsynchronously = IsTask(method.ReturnType);
        }
    }

    private void SetResolver(ComplexOutputType owner, FieldDefinition field, FieldResolver resolver, Type? resultType, string describedAs)
    {
        if (owner is InterfaceType interfaceType)
        {
            _interfaceResolvers[(interfaceType, field.Name)] = (resolver, resultType, describedAs);
            return;
        }

        if (_boundBy.TryGetValue(field, out var earlier))
        {
            errors.Report($"Field \"{owner.Name}.{field.Name}\" is bound twice: by {Uncapitalize(earlier)} and by {Uncapitalize(describedAs)}.", field.SyntaxNode);
            return;
        }

        _boundBy[field] = describedAs;
        field.Resolver = resolver;
        _resultTypes[field] = resultType;
    }

    private static bool IsTask(Type type) =>
        typeof(Task).IsAssignableFrom(type) || type == typeof(ValueTask) || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueTask<>));

    /// <summary>An interface's resolver serves each implementing object type's field that has none of its own.</summary>
    private void BindInterfaceResolvers()
    {
        foreach (var ((interfaceType, fieldName), (resolver, resultType, by)) in _interfaceResolvers)
        {
            foreach (var objectType in schema.GetPossibleTypes(interfaceType))
            {
                if (objectType.GetField(fieldName) is { } field && !_boundBy.ContainsKey(field))
                {
                    SetResolver(objectType, field, resolver, resultType, by);
                }
            }
        }
    }

    private void InferRuntimeTypes()
    {
        foreach (var (field, resultType) in _resultTypes)
        {
            InferFrom(field, resultType);
        }

        while (_toCheck.TryDequeue(out var next))
        {
            CheckMembers(next.Type, next.ClrType);
        }
    }

    /// <summary>A field's CLR type (after lists) is a runtime type of its object type.</summary>
    private void InferFrom(FieldDefinition field, Type? clrType)
    {
        while (clrType is not null && !MemberReader.IsKeyed(clrType) && ArgumentConverter.ElementTypeOf(clrType) is { } element)
        {
            clrType = element;
        }

        if (clrType is not null && field.Type.GetNamedType() is ObjectType objectType && ClrTypeCompatibility.HasMembers(clrType))
        {
            AddRuntimeType(objectType, Nullable.GetUnderlyingType(clrType) ?? clrType);
        }
    }

    private void AddRuntimeType(ObjectType type, Type clrType)
    {
        if (!_runtimeTypes.TryGetValue(type, out var known))
        {
            _runtimeTypes[type] = known = [.. type.RuntimeTypes];
        }

        if (!known.Contains(clrType))
        {
            known.Add(clrType);
            _toCheck.Enqueue((type, clrType));
        }
    }

    /// <summary>Each field of <paramref name="type"/> without a resolver must be readable from <paramref name="clrType"/>.</summary>
    private void CheckMembers(ObjectType type, Type clrType)
    {
        if (!ClrTypeCompatibility.HasMembers(clrType))
        {
            return;
        }

        foreach (var field in type.Fields.Where(f => f.Resolver is null))
        {
            switch (MemberReader.FindMember(clrType, field.Name))
            {
                case null:
                    errors.Report($"Field \"{type.Name}.{field.Name}\" has no resolver, and {ClrTypeCompatibility.Name(clrType)} (a CLR type of \"{type.Name}\") has no property or field to read it from.", field.SyntaxNode);
                    break;
                case var member:
                    var memberType = member is PropertyInfo property ? property.PropertyType : ((FieldInfo)member).FieldType;
                    if (ClrTypeCompatibility.Explain(memberType, field.Type) is { } reason)
                    {
                        errors.Report($"{ClrTypeCompatibility.Name(clrType)}.{member.Name} is {ClrTypeCompatibility.Name(memberType)}, which cannot complete to \"{field.Type}\" of field \"{type.Name}.{field.Name}\": {reason}.", field.SyntaxNode);
                    }
                    else
                    {
                        InferFrom(field, memberType);
                    }

                    break;
            }
        }
    }

    /// <summary>Root fields have no parent object unless a CLR type was bound to the root type: they need resolvers.</summary>
    private void CheckRootFieldsResolve()
    {
        foreach (var root in new[] { schema.QueryType, schema.MutationType, schema.SubscriptionType }.OfType<ObjectType>())
        {
            if (_runtimeTypes.ContainsKey(root))
            {
                continue;
            }

            // A subscription field resolves its events with its resolver or as they are; it needs a subscriber.
            var isSubscription = ReferenceEquals(root, schema.SubscriptionType);
            foreach (var field in root.Fields.Where(f => isSubscription ? f.Subscriber is null : f.Resolver is null))
            {
                errors.Report(
                    isSubscription
                        ? $"Field \"{root.Name}.{field.Name}\" has no subscriber (SchemaBuilder.AddSubscriber) to give its events."
                        : $"Field \"{root.Name}.{field.Name}\" has no resolver, and no CLR type is bound to \"{root.Name}\" to read it from.",
                    field.SyntaxNode);
            }
        }
    }

    private static string Article(TypeKind kind) => kind switch
    {
        TypeKind.InputObject or TypeKind.Enum or TypeKind.Interface => "an " + Words(kind),
        _ => "a " + Words(kind),
    };

    private static string Words(TypeKind kind) => kind switch
    {
        TypeKind.InputObject => "input object type",
        TypeKind.Enum => "enum type",
        TypeKind.Union => "union type",
        TypeKind.Scalar => "scalar type",
        _ => kind.ToString().ToLowerInvariant() + " type",
    };

    private static string Uncapitalize(string text) => char.ToLowerInvariant(text[0]) + text[1..];
}
