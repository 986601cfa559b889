using Microsoft.Extensions.Options;
using ProfileGraph.GraphQL.Binding;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.Providers;
using ProfileGraph.Providers.Errors;
using ProfileGraph.Providers.Status;
using ProfileGraph.Providers.Telegram;
using ProfileGraph.Server.Caching;
using ProfileGraph.Server.Graph.Loading;
using ProfileGraph.Server.Graph.People;
using ProfileGraph.Server.Graph.Providers;
using ProfileGraph.Server.Graph.Telegram;
using ProfileGraph.Server.Graph.Users;
using ProfileGraph.Server.Hosting;
using ProfileGraph.Server.Paging;

namespace ProfileGraph.Server.Graph;

/// <summary>The <c>Query</c> fields.</summary>
public static class QueryResolvers
{
    private static readonly PagingLimits TelegramPaging = new(DefaultPageSize: 50, MaxPageSize: 1000);

    public static async Task<object?> Node(IResolverContext context, string id) => GlobalId.TypeOf(id) == GlobalId.PersonType
        ? await PersonFetcher.ByIdAsync(context, id).ConfigureAwait(false)
        : await UserFetcher.FetchOneAsync(context, GlobalId.ParseUser(id)).ConfigureAwait(false);

    public static async Task<IReadOnlyList<object?>> Nodes(IResolverContext context, IReadOnlyList<string> ids)
    {
        // An ID that is not one of this graph's fails its own position only; users load in one batch, people beside them.
        var path = context.Path;
        var parsed = ids.Select(id => Parse(() => GlobalId.TypeOf(id) == GlobalId.PersonType ? PersonFetcher.ByIdAsync(context, id) : GlobalId.ParseUser(id))).ToArray();
        var users = UserFetcher.LoadAsync(context, [.. parsed.OfType<UserRef>()]);
        await Task.WhenAll([users, .. parsed.OfType<Task<ProfilePerson?>>()]).ConfigureAwait(false);
        var next = 0;
        object?[] nodes = [.. parsed.Select(item => item switch
        {
            UserRef => users.Result[next++],
            Task<ProfilePerson?> person => person.Result,
            _ => item,
        })];
        UserFetcher.MarkStale(context, path, nodes);
        return nodes;
    }

    public static Task<ProfilePerson?> Person(IResolverContext context, string id) => PersonFetcher.ByIdAsync(context, id);

    public static Task<ProfileUser?> User(IResolverContext context, Provider provider, string id) => UserFetcher.FetchOneAsync(context, new UserRef(provider, id));

    public static Task<IReadOnlyList<object>> Users(IResolverContext context, IReadOnlyList<UserRef> refs) => UserFetcher.FetchAsync(context, refs);

    public static async Task<Connection<ProfileUser>> TelegramUsers(
        IResolverContext context,
        int? first,
        string? after,
        int? last,
        string? before,
        TelegramUserFilter? where,
        IReadOnlyList<TelegramUserOrder>? order)
    {
        var sort = new SortedCursorCodec<TelegramUser>("telegramUsers", TelegramUserOrder.KeysOf(order), user => user.Key);
        var path = context.Path;
        Cached<IReadOnlyList<TelegramUser>> list;
        try
        {
            list = await ProfileLoaders.Of(context).Telegram.ListAllAsync(context.RequestAborted).ConfigureAwait(false);
        }
        catch (ProviderException failure)
        {
            throw ProviderErrors.ToGraphQL(failure);
        }

        if (list.StaleAge is { } age)
        {
            StaleMarks.Report(context, path, Provider.Telegram, age);
        }

        var all = list.Value;
        var matching = sort.Sort(where is null ? all : all.Where(where.Matches));
        var page = CursorPaging.Page(matching, new PagingArguments(first, after, last, before), sort, TelegramPaging);
        return new Connection<ProfileUser>(
            [.. page.Edges.Select(edge => new Edge<ProfileUser>(edge.Cursor, new ProfileUser(new UserRef(Provider.Telegram, edge.Node.Key), TelegramData.Of(edge.Node))))],
            page.PageInfo,
            page.TotalCount);
    }

    public static IReadOnlyList<ProviderState> Providers(
        [Service] ProviderStatusRegistry registry,
        [Service] EmulatedProviders emulated,
        [Service] IOptions<ProfileCacheOptions> cache,
        [Service] ProviderCacheStatistics statistics) =>
        [.. registry.GetAll().Select(status => new ProviderState(
            status.Provider, status.Breaker, status.ErrorRate, status.Calls, emulated.Contains(status.Provider), ProviderCacheStatus.Of(status.Provider, cache.Value, statistics)))];

    private static object Parse(Func<object> parse)
    {
        try
        {
            return parse();
        }
        catch (GraphQLException error)
        {
            return error;
        }
    }
}
