namespace ProfileGraph.GraphQL.Execution.Cost;

/// <summary>
/// Static cost analysis and the limits it enforces before anything executes (the IBM GraphQL Cost Directives'
/// field and type cost, as HotChocolate computes them). The defaults suit a public API: raise them for a schema
/// whose honest operations need more.
/// </summary>
public sealed class CostOptions
{
    /// <summary>False skips the analysis and every limit below.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The most an operation's field cost may be: the weighted count of the resolvers it may run.</summary>
    public double MaxFieldCost { get; set; } = 1000;

    /// <summary>The most an operation's type cost may be: the weighted count of the objects it may return.</summary>
    public double MaxTypeCost { get; set; } = 1000;

    /// <summary>The longest list a list-valued slicing argument may give (<c>users(refs:)</c>, <c>nodes(ids:)</c>, <c>_entities(representations:)</c>).</summary>
    public int MaxListArgumentLength { get; set; } = 100;

    /// <summary>The most fields (aliases included) an operation may select, fragments expanded.</summary>
    public int MaxFields { get; set; } = 500;

    /// <summary>The deepest an operation's selections may nest.</summary>
    public int MaxDepth { get; set; } = 20;

    /// <summary>How long a list is assumed to be when neither <c>@listSize</c> nor an argument says.</summary>
    public int DefaultListSize { get; set; } = 10;

    /// <summary>The weight of a field without <c>@cost</c> whose resolver returns a task (a fetch): HotChocolate's default.</summary>
    public double DefaultResolverWeight { get; set; } = 10;

    /// <summary>How deep introspection may nest <c>ofType</c> (each list field such as <c>fields</c> may appear once per path).</summary>
    public int MaxIntrospectionOfTypeDepth { get; set; } = 16;
}
