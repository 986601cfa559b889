using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using ProfileGraph.Emulators.Admin;
using ProfileGraph.Emulators.Nandbox;
using ProfileGraph.Emulators.Slack;
using ProfileGraph.Emulators.Telegram;
using ProfileGraph.Emulators.WhatsApp;

namespace ProfileGraph.Emulators.Hosting;

public static class EmulatorApplicationBuilderExtensions
{
    /// <summary>
    /// Maps the four emulators and <c>/_admin</c> onto an application, optionally under a path prefix
    /// (e.g. "/emulators"), and switches on WebSockets for nandbox. Their paths do not collide.
    /// </summary>
    public static WebApplication MapProviderEmulators(this WebApplication app, string pathPrefix = "")
    {
        app.UseWebSockets();
        IEndpointRouteBuilder routes = string.IsNullOrEmpty(pathPrefix) ? app : app.MapGroup(pathPrefix);
        SlackEndpoints.Map(routes);
        TelegramEndpoints.Map(routes);
        WhatsAppEndpoints.Map(routes);
        NandboxEndpoints.Map(routes);
        AdminEndpoints.Map(routes);
        return app;
    }
}
