using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation;

/// <summary>
/// Validation results of documents already seen, keyed by schema identity and the SHA-256 of the document text:
/// clients send the same few queries over and over, and validation depends on nothing else. Thread-safe; when full
/// it starts over rather than tracking recency, which keeps hits lock-free.
/// </summary>
public sealed class ValidationCache
{
    private readonly ConditionalWeakTable<GraphQLSchema, ConcurrentDictionary<string, IReadOnlyList<ValidationError>>> _bySchema = new();
    private readonly int _capacity;

    public ValidationCache(int capacity = 1000)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _capacity = capacity;
    }

    /// <summary>The errors of <paramref name="document"/>, the parse of <paramref name="documentText"/>, validated at most once per schema.</summary>
    public IReadOnlyList<ValidationError> Validate(GraphQLSchema schema, string documentText, DocumentNode document)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(documentText);
        return ValidateByHash(schema, Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(documentText))), document);
    }

    /// <summary>The errors of a document already validated against <paramref name="schema"/> under <paramref name="documentHash"/>.</summary>
    public bool TryGetCached(GraphQLSchema schema, string documentHash, out IReadOnlyList<ValidationError> errors)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(documentHash);
        errors = [];
        return _bySchema.TryGetValue(schema, out var results) && results.TryGetValue(documentHash, out errors!);
    }

    /// <summary>The errors of <paramref name="document"/>, keyed by a hash of its text the caller already has.</summary>
    public IReadOnlyList<ValidationError> ValidateByHash(GraphQLSchema schema, string documentHash, DocumentNode document)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(documentHash);
        var results = _bySchema.GetValue(schema, _ => new ConcurrentDictionary<string, IReadOnlyList<ValidationError>>(StringComparer.Ordinal));
        var key = documentHash;
        if (results.TryGetValue(key, out var errors))
        {
            return errors;
        }

        errors = DocumentValidator.Validate(schema, document);
        if (results.Count >= _capacity)
        {
            results.Clear();
        }

        results[key] = errors;
        return errors;
    }
}
