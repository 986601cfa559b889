using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types;

/// <summary>An enum type (spec §3.9). Values are represented at run time by their names; CLR enums serialize by name.</summary>
public sealed class EnumType : LeafType
{
    internal EnumType(string name)
        : base(name, null)
    {
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<Enum, string?> _clrNames = new();

    public override TypeKind Kind => TypeKind.Enum;

    public NamedCollection<EnumValue> Values { get; internal set; } = new([]);

    /// <summary>Strings serialize by name; CLR enum members by <c>[GraphQLName]</c>, their name, its CONSTANT_CASE, or their name ignoring case.</summary>
    public override object? Serialize(object? value) => value switch
    {
        string name when Values.Contains(name) => name,
        Enum member when NameOf(member) is { } name => name,
        _ => throw new GraphQLCoercionException($"Enum \"{Name}\" cannot represent value: {ValueInspector.Inspect(value)}"),
    };

    public override bool CanSerialize(Type clrType) => clrType == typeof(string) || (clrType.IsEnum && UnmappedMembers(clrType).Count == 0);

    /// <summary>The members of a CLR enum that stand for none of this type's values.</summary>
    public IReadOnlyList<string> UnmappedMembers(Type enumType) =>
        [.. Enum.GetValues(enumType).Cast<Enum>().Where(m => NameOf(m) is null).Select(m => m.ToString())];

    /// <summary>The CLR enum member an input value names (for resolver arguments), or null.</summary>
    public object? ToClrEnum(string name, Type enumType) =>
        Enum.GetValues(enumType).Cast<Enum>().FirstOrDefault(m => NameOf(m) == name);

    private string? NameOf(Enum member) => _clrNames.GetOrAdd(member, MapClrMember);

    private string? MapClrMember(Enum member)
    {
        var clrName = member.ToString();
        var declared = member.GetType().GetField(clrName) is { } field ? Binding.ClrNames.Declared(field) : null;
        foreach (var candidate in (string?[])[declared, clrName, Binding.ClrNames.ToConstantCase(clrName)])
        {
            if (candidate is not null && Values.Contains(candidate))
            {
                return candidate;
            }
        }

        // Last, the name ignoring case, for enums whose words run together in SDL (WhatsApp as WHATSAPP).
        return declared is null ? Values.FirstOrDefault(v => string.Equals(v.Name, clrName, StringComparison.OrdinalIgnoreCase))?.Name : null;
    }

    public override object? ParseLiteral(ValueNode literal) => literal is EnumValueNode node
        ? Known(node.Value)
        : throw new GraphQLCoercionException($"Enum \"{Name}\" cannot represent non-enum value: {SyntaxPrinter.Print(literal)}.");

    protected override object? ParseClrValue(object value) => value is string name
        ? Known(name)
        : throw new GraphQLCoercionException($"Enum \"{Name}\" cannot represent non-string value: {ValueInspector.Inspect(value)}.");

    private string Known(string name) => Values.Contains(name)
        ? name
        : throw new GraphQLCoercionException($"Value \"{name}\" does not exist in \"{Name}\" enum.");
}
