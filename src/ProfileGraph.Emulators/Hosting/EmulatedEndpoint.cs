using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ProfileGraph.Emulators.Faults;
using ProfileGraph.Emulators.Json;
using ProfileGraph.Emulators.Observability;

namespace ProfileGraph.Emulators.Hosting;

/// <summary>
/// The one pipeline every HTTP emulator endpoint runs through: count the request, wait the drawn
/// latency, maybe inject a fault, else call the provider's handler, then count the outcome.
/// </summary>
internal static class EmulatedEndpoint
{
    /// <summary>The start of an answer, cut off: what a proxy or a crashed worker may leave behind.</summary>
    private const string MalformedBody = """{"ok":true,"result":{"id":"U0""";

    public static IEndpointConventionBuilder MapEmulated(
        this IEndpointRouteBuilder routes,
        string pattern,
        string[] httpMethods,
        EmulatedProvider provider,
        string endpoint,
        IProviderErrorResponses errors,
        Func<EmulatedCall, Task> handler) =>
        routes.MapMethods(pattern, httpMethods, context => RunAsync(context, provider, endpoint, errors, handler))
            .WithDisplayName($"{provider.RouteName()} {endpoint}");

    private static async Task RunAsync(
        HttpContext context,
        EmulatedProvider provider,
        string endpoint,
        IProviderErrorResponses errors,
        Func<EmulatedCall, Task> handler)
    {
        var state = context.RequestServices.GetRequiredService<EmulatorState>();
        var stopping = context.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        var counter = state.Counters.For(provider, endpoint);
        var arrivedAt = counter.AddRequest();
        var faults = state.GetFaults(provider);
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            await Task.Delay(faults.Latency.Sample(Random.Shared), cancellation.Token);
            switch (faults.Errors.Draw(Random.Shared))
            {
                case InjectedFault.Timeout:
                    counter.AddOutcome(CounterOutcomes.Timeout);
                    await Task.Delay(Timeout.InfiniteTimeSpan, cancellation.Token);
                    return;
                case InjectedFault.ConnectionReset:
                    counter.AddOutcome(CounterOutcomes.Reset);
                    context.Abort();
                    return;
                case InjectedFault.MalformedResponse:
                    counter.AddOutcome(CounterOutcomes.Malformed);
                    context.Response.StatusCode = StatusCodes.Status200OK;
                    context.Response.ContentType = EmulatorJson.ContentType;
                    await context.Response.WriteAsync(MalformedBody, cancellation.Token);
                    return;
                case InjectedFault.ServerError:
                    await errors.WriteServerErrorAsync(context);
                    break;
                case InjectedFault.TooManyRequests:
                    await errors.WriteTooManyRequestsAsync(context, TimeSpan.FromSeconds(1));
                    break;
                default:
                    await handler(new EmulatedCall(context, state, counter, faults, errors, arrivedAt));
                    break;
            }

            counter.AddOutcome(context.Response.StatusCode.ToString(CultureInfo.InvariantCulture));
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // The client gave up (the point of a timeout fault) or the host is stopping: drop the connection.
            context.Abort();
        }
    }
}
