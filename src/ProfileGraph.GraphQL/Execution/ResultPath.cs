namespace ProfileGraph.GraphQL.Execution;

/// <summary>
/// The response path of a field or list item (spec §7.1.2 "path"): an immutable chain of response names and
/// indices, shared by siblings so building it costs one small object per step.
/// </summary>
public sealed class ResultPath
{
    private ResultPath(ResultPath? parent, string? name, int index, int depth)
    {
        Parent = parent;
        Name = name;
        Index = index;
        Depth = depth;
    }

    /// <summary>The empty path of the operation's root.</summary>
    public static ResultPath Root { get; } = new(null, null, -1, 0);

    public ResultPath? Parent { get; }

    /// <summary>The response name of this step, or null for a list index.</summary>
    public string? Name { get; }

    /// <summary>The list index of this step, or -1 for a response name.</summary>
    public int Index { get; }

    public int Depth { get; }

    public ResultPath Append(string name) => new(this, name, -1, Depth + 1);

    public ResultPath Append(int index) => new(this, null, index, Depth + 1);

    /// <summary>The steps from the root: strings and ints, as the response's "path" lists them.</summary>
    public IReadOnlyList<object> ToList()
    {
        var steps = new object[Depth];
        for (var step = this; step.Parent is not null; step = step.Parent)
        {
            steps[step.Depth - 1] = step.Name ?? (object)step.Index;
        }

        return steps;
    }

    public override string ToString() => string.Join('.', ToList());
}
