using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types;

/// <summary>
/// Builds a <see cref="GraphQLSchema"/> from SDL (spec §3): any number of documents with definitions and
/// <c>extend</c> definitions, plus custom scalar implementations. <see cref="Build"/> validates the result and
/// reports every problem at once in a <see cref="SchemaValidationException"/>.
/// </summary>
public sealed class SchemaBuilder
{
    private readonly List<DocumentNode> _documents = [];
    private readonly Dictionary<string, ScalarType> _scalars = new(StringComparer.Ordinal);

    /// <summary>Adds an SDL document; throws <see cref="GraphQLSyntaxError"/> when it does not parse.</summary>
    public SchemaBuilder AddDocument(string sdl) => AddDocument(Utf8GraphQLParser.Parse(sdl));

    public SchemaBuilder AddDocument(DocumentNode document)
    {
        _documents.Add(document);
        return this;
    }

    /// <summary>
    /// Registers the implementation of a custom scalar, e.g. <see cref="Scalars.DateTime"/>. SDL may declare it
    /// (adding a description or directives) or just use it; the schema gets its own copy either way.
    /// </summary>
    public SchemaBuilder AddScalar(ScalarType scalar)
    {
        if (Scalars.Specified.Contains(scalar.Name))
        {
            throw new ArgumentException($"The built-in scalar {scalar.Name} cannot be replaced.", nameof(scalar));
        }

        _scalars[scalar.Name] = scalar;
        return this;
    }

    /// <summary>Builds and validates the schema, or throws <see cref="SchemaValidationException"/> listing all problems.</summary>
    public GraphQLSchema Build()
    {
        var errors = new SchemaErrors();
        var schema = new SchemaAssembly(new TypeSystemDefinitions(_documents, errors), _scalars, errors).Assemble();
        SchemaValidator.Validate(schema, errors);
        return errors.All.Count == 0 ? schema : throw new SchemaValidationException(errors.All);
    }

    /// <summary>Shorthand for building a schema from SDL strings alone.</summary>
    public static GraphQLSchema Build(params IEnumerable<string> sdl)
    {
        var builder = new SchemaBuilder();
        foreach (var document in sdl)
        {
            builder.AddDocument(document);
        }

        return builder.Build();
    }
}
