namespace ProfileGraph.Server.Hosting;

/// <summary>The service's own settings (configuration section <c>ProfileGraph</c>).</summary>
public sealed class ProfileGraphOptions
{
    public const string Section = "ProfileGraph";

    /// <summary>
    /// A Telegram batch of at least this many users is served by one Infobip list call rather than single gets.
    /// Measured with realistic latency (<c>./build.sh bench threshold</c>): the list's one round trip beats N
    /// concurrent gets from two refs on (75 ms against 111 ms median) and clearly from three (63 against 132); three
    /// keeps a 10,000-user transfer from replacing two small gets for a small gain.
    /// </summary>
    public int TelegramListThreshold { get; set; } = 3;

    /// <summary>The address clients reach this service at, for photo URLs; by default the address of each request.</summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>
    /// Stop when standard input closes: a parent process (a test, a script) that starts the service with this set
    /// and then dies, closing the pipe, leaves no service behind.
    /// </summary>
    public bool ExitWhenStdinCloses { get; set; }
}
