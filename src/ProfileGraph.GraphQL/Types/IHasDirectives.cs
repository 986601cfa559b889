namespace ProfileGraph.GraphQL.Types;

/// <summary>
/// A schema element that keeps the directives applied to it in SDL, in source order (definition first, then
/// extensions), so that later layers (federation, cost analysis) can read them.
/// </summary>
public interface IHasDirectives
{
    IReadOnlyList<AppliedDirective> Directives { get; }
}

/// <summary>Lookups over <see cref="IHasDirectives.Directives"/>.</summary>
public static class HasDirectivesExtensions
{
    public static IEnumerable<AppliedDirective> GetDirectives(this IHasDirectives element, string name) =>
        element.Directives.Where(d => d.Name == name);

    public static AppliedDirective? GetDirective(this IHasDirectives element, string name) =>
        element.Directives.FirstOrDefault(d => d.Name == name);
}
