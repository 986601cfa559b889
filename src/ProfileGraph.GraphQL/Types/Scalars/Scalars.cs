namespace ProfileGraph.GraphQL.Types;

/// <summary>
/// The spec's built-in scalars (added to a schema when its SDL uses them) and the custom scalars this engine ships
/// (registered with <see cref="SchemaBuilder.AddScalar"/>).
/// </summary>
public static class Scalars
{
    public static ScalarType Int { get; } = new IntType();

    public static ScalarType Float { get; } = new FloatType();

    public static ScalarType String { get; } = new StringType();

    public static ScalarType Boolean { get; } = new BooleanType();

    public static ScalarType ID { get; } = new IdType();

    public static ScalarType DateTime { get; } = new DateTimeType();

    public static ScalarType Url { get; } = new UrlType();

    /// <summary>The scalars every GraphQL service has (spec §3.5), in graphql-js's order.</summary>
    public static NamedCollection<ScalarType> Specified { get; } = new([String, Int, Float, Boolean, ID]);

    public static bool IsSpecified(NamedType type) => Specified.TryGet(type.Name, out var scalar) && ReferenceEquals(scalar, type);
}
