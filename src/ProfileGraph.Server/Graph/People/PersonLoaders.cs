using ProfileGraph.GraphQL.Execution;
using ProfileGraph.People;

namespace ProfileGraph.Server.Graph.People;

/// <summary>The request's person DataLoaders.</summary>
public sealed class PersonLoaders
{
    private readonly IResolverContext _context;

    private PersonLoaders(IResolverContext context)
    {
        _context = context;
    }

    public static PersonLoaders Of(IResolverContext context) => new(context);

    public PersonByAccountLoader ByAccount => _context.DataLoaders.GetOrAdd(scheduler =>
        new PersonByAccountLoader(scheduler, Service<IPersonStore>(), Service<RecordedEvidence>(), Service<PersonStoreFailures>()));

    public PersonByIdLoader ById => _context.DataLoaders.GetOrAdd(scheduler => new PersonByIdLoader(scheduler, Service<IPersonStore>(), Service<PersonStoreFailures>()));

    public SuggestionLoader Suggestions => _context.DataLoaders.GetOrAdd(scheduler => new SuggestionLoader(scheduler, Service<IPersonStore>(), Service<PersonStoreFailures>()));

    /// <summary>Forgets what this request read of people: a mutation changed them.</summary>
    public void Clear()
    {
        ByAccount.Clear();
        ById.Clear();
        Suggestions.Clear();
    }

    private T Service<T>()
        where T : notnull => _context.Services.GetRequiredService<T>();
}
