namespace ProfileGraph.GraphQL.Execution.Cost;

/// <summary>
/// The cost of an operation by static analysis (IBM's cost spec §5.3.2): the field cost, the weighted count of the
/// resolvers it may run, and the type cost, the weighted count of the objects it may return. Both are upper bounds.
/// </summary>
public readonly record struct OperationCost(double FieldCost, double TypeCost)
{
    public static OperationCost operator +(OperationCost left, OperationCost right) => new(left.FieldCost + right.FieldCost, left.TypeCost + right.TypeCost);

    public static OperationCost operator *(double factor, OperationCost cost) => new(factor * cost.FieldCost, factor * cost.TypeCost);

    public static OperationCost Add(OperationCost left, OperationCost right) => left + right;

    public static OperationCost Multiply(double factor, OperationCost cost) => factor * cost;

    /// <summary>Each measure's larger value: the upper bound over the object types an abstract field may return.</summary>
    public static OperationCost Max(OperationCost left, OperationCost right) => new(Math.Max(left.FieldCost, right.FieldCost), Math.Max(left.TypeCost, right.TypeCost));

    /// <summary>The <c>extensions.cost</c> entry: <c>{ "fieldCost": 12, "typeCost": 6 }</c>.</summary>
    public IReadOnlyDictionary<string, object?> ToExtension() => new Dictionary<string, object?>(StringComparer.Ordinal)
    {
        ["fieldCost"] = FieldCost,
        ["typeCost"] = TypeCost,
    };
}
