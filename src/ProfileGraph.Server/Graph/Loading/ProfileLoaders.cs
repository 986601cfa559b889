using Microsoft.Extensions.Options;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.Providers;
using ProfileGraph.Providers.Nandbox;
using ProfileGraph.Providers.Slack;
using ProfileGraph.Providers.Telegram;
using ProfileGraph.Server.Caching;
using ProfileGraph.Providers.WhatsApp;
using ProfileGraph.Server.Graph.Nandbox;
using ProfileGraph.Server.Graph.Photos;
using ProfileGraph.Server.Graph.Slack;
using ProfileGraph.Server.Graph.Telegram;
using ProfileGraph.Server.Graph.Users;
using ProfileGraph.Server.Graph.WhatsApp;
using ProfileGraph.Server.Hosting;

namespace ProfileGraph.Server.Graph.Loading;

/// <summary>The request's four provider DataLoaders, and user loading through them.</summary>
public sealed class ProfileLoaders
{
    private readonly IResolverContext _context;

    private ProfileLoaders(IResolverContext context)
    {
        _context = context;
    }

    public static ProfileLoaders Of(IResolverContext context) => new(context);

    public SlackLoader Slack => _context.DataLoaders.GetOrAdd(scheduler => new SlackLoader(scheduler, Service<SlackClient>(), Service<ProviderCache>(), Directive()));

    public TelegramLoader Telegram => _context.DataLoaders.GetOrAdd(scheduler => new TelegramLoader(
        scheduler, Service<TelegramClient>(), Service<IOptions<ProfileGraphOptions>>().Value.TelegramListThreshold, Service<ProviderCache>(), Directive()));

    public WhatsAppLoader WhatsApp => _context.DataLoaders.GetOrAdd(scheduler => new WhatsAppLoader(scheduler, Service<WhatsAppClient>(), Service<ProviderCache>(), Directive()));

    public NandboxLoader Nandbox => _context.DataLoaders.GetOrAdd(scheduler =>
        new NandboxLoader(scheduler, Service<NandboxClient>(), Service<PhotoStore>(), Links(), Service<ProviderCache>(), Directive()));

    /// <summary>
    /// A user with what <paramref name="needs"/> asks of their provider: a <see cref="ProfileUser"/> (whose data fields
    /// fail with the provider's error when the fetch failed), or a USER_NOT_FOUND error when the provider has no
    /// such user. Nothing is fetched when nothing is needed.
    /// </summary>
    public async Task<object> LoadAsync(UserRef user, DataNeeds needs)
    {
        needs = needs.For(user.Provider);
        if (needs == DataNeeds.None)
        {
            return new ProfileUser(user, NotFetched(user));
        }

        var key = new ProviderKey(user.Id, needs);
        var aborted = _context.RequestAborted;
        try
        {
            IUserFacts facts = user.Provider switch
            {
                Provider.Slack => await Slack.LoadAsync(key, aborted).ConfigureAwait(false),
                Provider.Telegram => await Telegram.LoadAsync(key, aborted).ConfigureAwait(false),
                Provider.WhatsApp => await WhatsApp.LoadAsync(key, aborted).ConfigureAwait(false),
                _ => await Nandbox.LoadAsync(key, aborted).ConfigureAwait(false),
            };
            return new ProfileUser(user, facts);
        }
        catch (ProfileGraph.Providers.Errors.ProviderException failure)
        {
            var error = Providers.ProviderErrors.ToGraphQL(failure);
            return error.Code == Providers.ProviderErrors.UserNotFound ? error : new ProfileUser(user, error);
        }
    }

    private IUserFacts NotFetched(UserRef user) => user.Provider switch
    {
        Provider.Slack => SlackData.NotFetched(user.Id),
        Provider.Telegram => new TelegramData(user.Id, default),
        Provider.WhatsApp => new WhatsAppData(user.Id, default, default),
        _ => new NandboxData(user.Id, default, Links()),
    };

    private PhotoLinks Links() => PhotoLinks.Of(Service<IOptions<ProfileGraphOptions>>().Value.PublicBaseUrl, HttpRequest());

    /// <summary>What the request's <c>Cache-Control</c> asks of the profile cache.</summary>
    private CacheDirective Directive() =>
        _context.ContextData.TryGetValue(CacheDirective.ContextKey, out var given) && given is CacheDirective directive ? directive : CacheDirective.Of(HttpRequest());

    private HttpRequest? HttpRequest() => _context.Services.GetService<IHttpContextAccessor>()?.HttpContext?.Request;

    private T Service<T>()
        where T : notnull => _context.Services.GetRequiredService<T>();
}
