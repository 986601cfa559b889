using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProfileGraph.Emulators;
using ProfileGraph.Emulators.Faults;
using ProfileGraph.Emulators.Hosting;
using ProfileGraph.Providers.Configuration;
using ProfileGraph.Providers.Tests.Infrastructure;

namespace ProfileGraph.Providers.Tests;

/// <summary>Credentials reach the providers and nothing else: not logs at any level, not exceptions, not start-up errors.</summary>
public sealed class CredentialTests
{
    [Fact]
    public async Task NoCredentialAppearsInAnyLogOrExceptionWhateverHappens()
    {
        // Every provider succeeds, fails at the provider, drops, hangs or throttles, with logging at Trace.
        var quick = new Dictionary<string, string?> { ["Providers:Nandbox:RequestTimeout"] = "00:00:00.300" };
        foreach (var provider in Enum.GetValues<Provider>())
        {
            quick[$"Providers:{provider}:Resilience:AttemptTimeout"] = "00:00:00.300";
            quick[$"Providers:{provider}:Resilience:Retry:MaxRetries"] = "1";
        }

        await using var host = await ProviderTestHost.StartAsync(quick);
        var dataset = host.State.Dataset;
        var failures = new List<Exception>();

        async Task Run(Func<Task> call)
        {
            try
            {
                await call();
            }
            catch (Exception exception)
            {
                failures.Add(exception);
            }
        }

        foreach (var errors in new[] { new ErrorRates(), new ErrorRates { ServerError = 1 }, new ErrorRates { ConnectionReset = 1 }, new ErrorRates { Timeout = 1 }, new ErrorRates { MalformedResponse = 1 } })
        {
            foreach (var provider in Enum.GetValues<EmulatedProvider>())
            {
                host.State.SetFaults(provider, new FaultProfile { RateLimits = false, Errors = errors });
            }

            await Run(() => host.Slack.GetProfileAsync(dataset.SlackUsers[0].Id, includeLabels: true));
            await Run(() => host.Slack.GetUserAsync("U0MISSING"));
            await Run(() => host.Telegram.ListUsersAsync(limit: 3));
            await Run(() => host.WhatsApp.GetContactInfoAsync(dataset.WhatsAppContacts[0].ChatId));
            await Run(() => host.WhatsApp.GetAvatarAsync("123@c.us"));
            await Run(() => host.WhatsApp.GetContactInfoAsync("1203630@g.us"));
            await Run(() => host.Nandbox.GetUserAsync(dataset.NandboxUsers[0].Id));
        }

        host.State.DropNandboxSockets();
        host.State.ResetFaults();
        await Run(() => host.Nandbox.GetUserAsync(dataset.NandboxUsers[1].Id));

        var secrets = SecretsOf(host.EmulatorOptions);
        Assert.NotEmpty(failures);
        Assert.Contains(host.Logs.Entries, entry => entry.Level >= LogLevel.Warning);
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, host.Logs.AllText, StringComparison.Ordinal);
            Assert.All(failures, failure => Assert.DoesNotContain(secret, failure.ToString(), StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task FactoryRequestLoggingWouldHaveLeakedTheGreenApiToken()
    {
        // The guard above means something only if the default IHttpClientFactory logging writes request paths.
        await using var emulators = await EmulatorHost.StartAsync();
        var logs = new CapturedLogs();
        await using var services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace))
            .AddHttpClient("unguarded", http => http.BaseAddress = emulators.Urls.GreenApiUrl).Services
            .BuildServiceProvider();
        var options = emulators.State.Options.WhatsApp;

        using var response = await services.GetRequiredService<IHttpClientFactory>().CreateClient("unguarded")
            .PostAsync($"waInstance{options.IdInstance}/getAvatar/{options.ApiTokenInstance}", null);

        Assert.Contains(options.ApiTokenInstance, logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingCredentialFailsStartUpNamingEveryMissingKeyAndNoValue()
    {
        await using var emulators = await EmulatorHost.StartAsync();
        var settings = ProviderTestHost.Settings(emulators);
        settings.Remove("Providers:Slack:Token");
        settings.Remove("Providers:WhatsApp:ApiTokenInstance");
        settings.Remove("Providers:Telegram:ApiKey");
        settings["Providers:Nandbox:Url"] = "http://not-a-socket/";
        settings["Providers:WhatsApp:Resilience:CircuitBreaker:FailureRatio"] = "1.5";
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddProfileProviders(builder.Configuration);
        using var host = builder.Build();

        // One OptionsValidationException per options type, gathered by the host.
        var failure = await Assert.ThrowsAsync<AggregateException>(() => host.StartAsync());
        var message = string.Join('\n', failure.InnerExceptions.Cast<OptionsValidationException>().SelectMany(each => each.Failures));

        Assert.Contains("Providers:Slack:Token is required", message, StringComparison.Ordinal);
        Assert.Contains("Providers:WhatsApp:ApiTokenInstance is required", message, StringComparison.Ordinal);
        Assert.Contains("Providers:Telegram:ApiKey (or Providers:Telegram:Username and Providers:Telegram:Password) is required", message, StringComparison.Ordinal);
        Assert.Contains("Providers:Nandbox:Url must be a wss or ws URL", message, StringComparison.Ordinal);
        Assert.Contains("Providers:WhatsApp:Resilience:CircuitBreaker:FailureRatio must lie in (0, 1]", message, StringComparison.Ordinal);
        foreach (var secret in SecretsOf(emulators.State.Options))
        {
            Assert.DoesNotContain(secret, failure.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task CompleteConfigurationStartsAndResolvesEveryClient()
    {
        await using var emulators = await EmulatorHost.StartAsync();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(ProviderTestHost.Settings(emulators));
        builder.Services.AddProfileProviders(builder.Configuration);
        using var host = builder.Build();

        await host.StartAsync();

        Assert.NotNull(host.Services.GetRequiredService<Slack.SlackClient>());
        Assert.NotNull(host.Services.GetRequiredService<Telegram.TelegramClient>());
        Assert.NotNull(host.Services.GetRequiredService<WhatsApp.WhatsAppClient>());
        Assert.NotNull(host.Services.GetRequiredService<Nandbox.NandboxClient>());
        Assert.Same(
            host.Services.GetRequiredService<Resilience.ProviderPipelines>(),
            host.Services.GetRequiredService<Polly.Registry.ResiliencePipelineProvider<Provider>>());
        await host.StopAsync();
    }

    /// <summary>Every credential the emulators accept, and nandbox's secret alone (after "&lt;botId&gt;:0:").</summary>
    private static string[] SecretsOf(EmulatorOptions options) =>
    [
        options.Slack.Token,
        options.Telegram.ApiKey,
        options.Telegram.BasicPassword,
        Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{options.Telegram.BasicUsername}:{options.Telegram.BasicPassword}")),
        options.WhatsApp.ApiTokenInstance,
        options.Nandbox.Token,
        options.Nandbox.Token.Split(':')[2],
    ];
}
