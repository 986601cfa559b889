using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ProfileGraph.Emulators.Hosting;
using ProfileGraph.Server.Tests.Integration;
using ProfileGraph.Testing;

namespace ProfileGraph.Server.Tests.Deployment;

/// <summary>
/// The top-level docker-compose.yml, as Debian's docker-compose normalizes it (no container engine runs here), and the
/// Dockerfiles: the services a cluster needs, ports that agree with each other, and environment the service reads.
/// </summary>
public sealed partial class ComposeFileTests
{
    private static readonly string Root = FindRoot();

    /// <summary>Root files MSBuild reads when it restores, where the repository has them.</summary>
    private static readonly string[] RestoreInputs = ["global.json", "Directory.Build.props", "Directory.Packages.props", "Directory.Build.targets", "NuGet.config", "nuget.config"];

    [Fact]
    public void The_cluster_has_redis_the_emulators_two_replicas_and_a_proxy_whose_ports_agree()
    {
        var services = Compose().GetProperty("services");

        Assert.Equal(["emulators", "postgres", "profilegraph", "prometheus", "proxy", "redis"], services.EnumerateObject().Select(service => service.Name).Order());
        var service = services.GetProperty("profilegraph");
        Assert.Equal(2, service.GetProperty("deploy").GetProperty("replicas").GetInt32());

        // docker-compose 1.29 scales by deploy.replicas; `config` accepts scale beside it, but `up` refuses the pair.
        Assert.False(service.TryGetProperty("scale", out _), "profilegraph sets both scale and deploy.replicas");
        var environment = service.GetProperty("environment");
        var servicePort = PortOf(environment.GetProperty("ASPNETCORE_URLS").GetString()!);
        var emulatorPort = PortOf(services.GetProperty("emulators").GetProperty("environment").GetProperty("ASPNETCORE_URLS").GetString()!);

        Assert.Equal("redis:6379", environment.GetProperty("ConnectionStrings__Redis").GetString());
        Assert.Equal(new Uri($"http://emulators:{emulatorPort}"), new Uri(environment.GetProperty("Emulators__Url").GetString()!));
        Assert.Equal(servicePort, PortOf(HealthCheckUrl(service)));
        Assert.Equal(emulatorPort, PortOf(HealthCheckUrl(services.GetProperty("emulators"))));
        Assert.Equal("service_healthy", service.GetProperty("depends_on").GetProperty("redis").GetProperty("condition").GetString());
        Assert.Equal("service_healthy", service.GetProperty("depends_on").GetProperty("postgres").GetProperty("condition").GetString());
        Assert.StartsWith("Host=postgres;", environment.GetProperty("ConnectionStrings__Postgres").GetString(), StringComparison.Ordinal);
        Assert.Equal("service_healthy", service.GetProperty("depends_on").GetProperty("emulators").GetProperty("condition").GetString());

        // Prometheus scrapes the replicas' port by the service's name; /metrics is on there.
        var prometheus = File.ReadAllText(Path.Combine(Root, "deploy", "prometheus.yml"));
        Assert.Contains("names: [profilegraph]", prometheus, StringComparison.Ordinal);
        Assert.Contains($"port: {servicePort}", prometheus, StringComparison.Ordinal);
        Assert.Equal("true", environment.GetProperty("Telemetry__Prometheus").GetString());

        // nginx proxies to the replicas' port, by the service's name, and keeps /metrics off the public port.
        var nginx = File.ReadAllText(Path.Combine(Root, "deploy", "nginx.conf"));
        Assert.Contains($"http://profilegraph:{servicePort}", nginx, StringComparison.Ordinal);
        Assert.Contains("location = /metrics", nginx, StringComparison.Ordinal);
        Assert.StartsWith(Path.Combine(Root, "deploy", "nginx.conf") + ":", services.GetProperty("proxy").GetProperty("volumes")[0].GetString(), StringComparison.Ordinal);

        // The public port, 5000, reaches the port nginx listens on.
        var published = services.GetProperty("proxy").GetProperty("ports").EnumerateArray().Single();
        Assert.Equal(5000, published.GetProperty("published").GetInt32());
        Assert.Equal(int.Parse(NginxListenPattern().Match(nginx).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), published.GetProperty("target").GetInt32());
        Assert.Equal("service_healthy", services.GetProperty("proxy").GetProperty("depends_on").GetProperty("profilegraph").GetProperty("condition").GetString());
    }

    [Fact]
    public async Task The_replicas_environment_is_what_the_service_reads()
    {
        var environment = Compose().GetProperty("services").GetProperty("profilegraph").GetProperty("environment");
        var settings = environment.EnumerateObject().ToDictionary(variable => variable.Name.Replace("__", ":", StringComparison.Ordinal), variable => (string?)variable.Value.GetString());

        // What the service reads, each shown below by its effect on a replica started with these settings: the host's
        // own two (ASP.NET Core reads them from the environment; the port is checked against the health check),
        // Redis (its readiness check), PostgreSQL (the person store), the emulator host (the provider call lands
        // there), the demo client (401 without its key, 200 with it) and Prometheus (/metrics answers). A key outside
        // this list is a typo or a setting nobody reads.
        Assert.Equal(
            ["ASPNETCORE_ENVIRONMENT", "ASPNETCORE_URLS", "Clients:demo:KeySha256", "ConnectionStrings:Postgres", "ConnectionStrings:Redis", "Emulators:Url", "Telemetry:Prometheus"],
            settings.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Production", settings["ASPNETCORE_ENVIRONMENT"]);

        // The compose file's own hosts stand for a redis-server and an emulator host started here.
        Assert.Equal(Sha256("demo-key-change-me"), settings["Clients:demo:KeySha256"]);
        await using var redis = await RedisServer.StartAsync();
        await using var postgres = await PostgresServer.StartAsync();
        settings["ConnectionStrings:Postgres"] = await postgres.CreateDatabaseAsync();
        await using var emulators = await EmulatorHost.StartAsync();
        settings["ConnectionStrings:Redis"] = redis.ConnectionString;
        settings["Emulators:Url"] = emulators.BaseAddress.AbsoluteUri;
        settings["ASPNETCORE_URLS"] = null;
        settings["ASPNETCORE_ENVIRONMENT"] = null;
        settings["Clients:RequireKey"] = null;
        await using var replica = new ProfileGraphServer(settings);
        await replica.InitializeAsync();
        using var client = replica.CreateClient();

        using var anonymous = await client.PostAsync("graphql", JsonContent("{ __typename }"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = JsonContent($"{{ user(provider: SLACK, id: \"{emulators.State.Dataset.SlackUsers[0].Id}\") {{ displayName }} }}") };
        request.Headers.Add("X-Api-Key", "demo-key-change-me");
        using var withKey = await client.SendAsync(request);

        using var metrics = await client.GetAsync("metrics");
        using var readiness = await client.GetAsync("readyz");
        using var report = JsonDocument.Parse(await readiness.Content.ReadAsStringAsync());

        // Production: a key is required, and the demo client's key is one; the user came from the emulator host;
        // Telemetry__Prometheus turned /metrics on; ConnectionStrings__Redis added Redis to readiness.
        Assert.Equal(HttpStatusCode.OK, metrics.StatusCode);
        Assert.Equal(HttpStatusCode.OK, readiness.StatusCode);
        Assert.Equal("Healthy", report.RootElement.GetProperty("checks").GetProperty("redis").GetProperty("status").GetString());
        Assert.Equal("Healthy", report.RootElement.GetProperty("checks").GetProperty("people").GetProperty("status").GetString());
        Assert.IsType<ProfileGraph.People.Postgres.PostgresPersonStore>(replica.Store());
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withKey.StatusCode);
        Assert.Equal(1, emulators.State.Counters.Get(Emulators.EmulatedProvider.Slack, Emulators.EmulatedEndpoints.SlackUsersProfileGet).Requests);
    }

    [Theory]
    [InlineData("src/ProfileGraph.Server/Dockerfile")]
    [InlineData("src/ProfileGraph.Emulators/Dockerfile")]
    public void Each_dockerfile_builds_from_files_that_exist_and_runs_as_a_non_root_user(string path)
    {
        var lines = File.ReadAllLines(Path.Combine(Root, path));
        var runtime = lines.SkipWhile(line => !line.StartsWith("FROM mcr.microsoft.com/dotnet/aspnet:10.0", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(runtime);
        Assert.Contains(runtime, line => line.StartsWith("USER ", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build", StringComparison.Ordinal));
        Assert.All(CopiedSources(lines), source => Assert.True(File.Exists(Path.Combine(Root, source)) || Directory.Exists(Path.Combine(Root, source)), $"{path} copies {source}, which is not there"));
    }

    [Theory]
    [InlineData("src/ProfileGraph.Server/Dockerfile")]
    [InlineData("src/ProfileGraph.Emulators/Dockerfile")]
    public void Each_dockerfile_restores_from_the_project_files_of_every_referenced_project_and_builds_with_the_repository_settings(string path)
    {
        var lines = File.ReadAllLines(Path.Combine(Root, path));
        var restore = lines.Single(line => line.StartsWith("RUN dotnet restore ", StringComparison.Ordinal));
        var project = restore.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        var publish = lines.Single(line => line.StartsWith("RUN dotnet publish ", StringComparison.Ordinal));
        var beforeRestore = CopiedSources(lines.TakeWhile(line => line != restore)).ToHashSet(StringComparer.Ordinal);
        var beforePublish = CopiedSources(lines.TakeWhile(line => line != publish)).ToHashSet(StringComparer.Ordinal);

        Assert.StartsWith($"RUN dotnet publish {project} ", publish, StringComparison.Ordinal);

        // The restore layer sees each project the published one references, directly or not, and what MSBuild reads
        // beside them (package versions, the SDK, feeds when there are any).
        var needed = ProjectClosure(project).Concat(RestoreInputs.Where(file => File.Exists(Path.Combine(Root, file))));
        Assert.All(needed, file => Assert.True(beforeRestore.Contains(file), $"{path} restores before copying {file}"));

        // Warnings are errors: without .editorconfig's severities the analyzers fail a build that passes locally.
        Assert.Contains(".editorconfig", beforePublish);
    }

    [Theory]
    [InlineData("src/ProfileGraph.Server/Dockerfile")]
    [InlineData("src/ProfileGraph.Emulators/Dockerfile")]
    public void Each_dockerfile_listens_exposes_and_health_checks_the_same_port(string path)
    {
        var runtime = File.ReadAllLines(Path.Combine(Root, path)).SkipWhile(line => !line.StartsWith("FROM mcr.microsoft.com/dotnet/aspnet:10.0", StringComparison.Ordinal)).ToList();
        var urls = runtime.Single(line => line.StartsWith("ENV ", StringComparison.Ordinal) && line.Contains("ASPNETCORE_URLS=", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).Single(part => part.StartsWith("ASPNETCORE_URLS=", StringComparison.Ordinal));
        var port = PortOf(urls);

        Assert.Equal($"EXPOSE {port}", runtime.Single(line => line.StartsWith("EXPOSE ", StringComparison.Ordinal)));
        Assert.Equal(port, PortOf(runtime.Single(line => line.StartsWith("HEALTHCHECK ", StringComparison.Ordinal)).Split(' ').Single(part => part.StartsWith("http://", StringComparison.Ordinal))));
    }

    /// <summary>The context paths that a Dockerfile's COPY lines (not those from another stage) copy.</summary>
    private static IEnumerable<string> CopiedSources(IEnumerable<string> lines) =>
        lines.Where(line => line.StartsWith("COPY ", StringComparison.Ordinal) && !line.Contains("--from", StringComparison.Ordinal))
            .SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..^1]);

    /// <summary>A project and every project it references, directly or not, as paths from the repository root.</summary>
    private static SortedSet<string> ProjectClosure(string project)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([project]);
        while (pending.TryPop(out var next))
        {
            if (!found.Add(next))
            {
                continue;
            }

            var directory = Path.GetDirectoryName(Path.Combine(Root, next))!;
            foreach (var reference in XDocument.Load(Path.Combine(Root, next)).Descendants("ProjectReference"))
            {
                var referenced = Path.GetFullPath(Path.Combine(directory, reference.Attribute("Include")!.Value.Replace('\\', '/')));
                pending.Push(Path.GetRelativePath(Root, referenced).Replace('\\', '/'));
            }
        }

        return found;
    }

    /// <summary>docker-compose's normalized file, read as JSON through the YAML parser it depends on (python3-yaml).</summary>
    private static JsonElement Compose()
    {
        var config = Run("docker-compose", ["-f", Path.Combine(Root, "docker-compose.yml"), "config"], input: null);
        var json = Run("/usr/bin/python3", ["-c", "import sys, yaml, json; json.dump(yaml.safe_load(sys.stdin), sys.stdout)"], config);
        return JsonDocument.Parse(json).RootElement.Clone();
    }

    private static string Run(string program, string[] arguments, string? input)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Root };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start (./build.sh installs docker-compose).");
        if (input is not null)
        {
            process.StandardInput.Write(input);
        }

        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} failed: {error.Result}");
        return output;
    }

    private static string HealthCheckUrl(JsonElement service) =>
        service.GetProperty("healthcheck").GetProperty("test").EnumerateArray().Select(part => part.GetString()!).Single(part => part.StartsWith("http://", StringComparison.Ordinal));

    private static int PortOf(string url) => int.Parse(PortPattern().Match(url).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static StringContent JsonContent(string query) =>
        new(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ProfileGraph.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (ProfileGraph.sln) is not above the test's directory.");
    }

    [GeneratedRegex(@":(\d+)(/|$)")]
    private static partial Regex PortPattern();

    [GeneratedRegex(@"^\s*listen\s+(\d+)\s*;", RegexOptions.Multiline)]
    private static partial Regex NginxListenPattern();
}
