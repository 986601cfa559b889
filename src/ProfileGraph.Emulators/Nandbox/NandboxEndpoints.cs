using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ProfileGraph.Emulators.Nandbox;

/// <summary>The nandbox Bot API WebSocket at <c>/nandbox/api/</c>; one <see cref="NandboxSession"/> per socket.</summary>
internal static class NandboxEndpoints
{
    public const string Path = "/nandbox/api/";

    public static void Map(IEndpointRouteBuilder routes) => routes.MapGet(Path, ConnectAsync).WithDisplayName("nandbox socket");

    private static async Task ConnectAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var state = context.RequestServices.GetRequiredService<EmulatorState>();
        var stopping = context.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        state.Counters.For(EmulatedProvider.Nandbox, EmulatedEndpoints.NandboxConnect).AddRequest();
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        await new NandboxSession(socket, state, context.Abort).RunAsync(cancellation.Token);
    }
}
