using Microsoft.Extensions.Configuration;
using ProfileGraph.Providers;
using ProfileGraph.Server.Caching;

namespace ProfileGraph.Server.Tests.Caching;

/// <summary>How configuration shapes the cache: a call's own duration, else its provider's, else the call's default.</summary>
public sealed class ProfileCacheOptionsTests
{
    [Fact]
    public void Durations_come_from_the_call_then_the_provider_then_the_default()
    {
        var options = Bind(new()
        {
            ["Cache:Providers:WhatsApp:Duration"] = "00:02:00",
            ["Cache:Providers:WhatsApp:Operations:getAvatar"] = "03:00:00",
            ["Cache:Providers:Nandbox:Enabled"] = "false",
        });

        Assert.Equal(TimeSpan.FromHours(3), options.DurationOf(CacheOperation.WhatsAppAvatar));
        Assert.Equal(TimeSpan.FromMinutes(2), options.DurationOf(CacheOperation.WhatsAppContact));
        Assert.Equal(CacheOperation.SlackUser.DefaultDuration, options.DurationOf(CacheOperation.SlackUser));
        Assert.False(options.IsEnabled(Provider.Nandbox));
        Assert.True(options.IsEnabled(Provider.Slack));
    }

    [Fact]
    public void Switching_the_cache_off_switches_every_provider_off()
    {
        var options = Bind(new() { ["Cache:Enabled"] = "false", ["Cache:Providers:Slack:Enabled"] = "true" });

        Assert.All(Enum.GetValues<Provider>(), provider => Assert.False(options.IsEnabled(provider)));
    }

    [Fact]
    public void Every_call_has_its_own_key_space()
    {
        var keys = CacheOperation.All.Select(operation => operation.KeyOf("U1")).ToList();

        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("Slack:users.info:U1", CacheOperation.SlackUser.KeyOf("U1"));
    }

    private static ProfileCacheOptions Bind(Dictionary<string, string?> settings)
    {
        var options = new ProfileCacheOptions();
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection(ProfileCacheOptions.Section).Bind(options);
        return options;
    }
}
