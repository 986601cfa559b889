namespace ProfileGraph.GraphQL.AspNetCore.Clients;

/// <summary>One client of the API (<c>Clients:&lt;name&gt;</c>): how it proves who it is and what it may do.</summary>
public sealed class ClientOptions
{
    /// <summary>The SHA-256 of the client's API key, as lowercase or uppercase hex: the key itself is never configured.</summary>
    public string? KeySha256 { get; set; }

    /// <summary>How many requests the client may make in a minute.</summary>
    public int RequestsPerMinute { get; set; } = 600;

    /// <summary>How much field cost (the cost analysis') the client's operations may add up to in a minute.</summary>
    public int CostPerMinute { get; set; } = 100_000;

    /// <summary>Whether the client may only run trusted documents (by <c>documentId</c>), no document of its own.</summary>
    public bool TrustedDocumentsOnly { get; set; }

    /// <summary>Whether the client may introspect where introspection is otherwise off (Production).</summary>
    public bool AllowIntrospection { get; set; }

    /// <summary>Whether the client may run mutations (change links between accounts); read-only by default.</summary>
    public bool Write { get; set; }
}
