using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation;

/// <summary>
/// A variable used inside a value, with the input type and default value expected where it stands
/// (graphql-js's <c>VariableUsage</c>); <see cref="ParentType"/> is the input object the variable is a field
/// value of, when that object's position is nullable (graphql-js checks <c>@oneOf</c> variables only there).
/// </summary>
public readonly record struct VariableUsage(VariableNode Node, GraphQLType? Type, ValueNode? DefaultValue, InputObjectType? ParentType);
