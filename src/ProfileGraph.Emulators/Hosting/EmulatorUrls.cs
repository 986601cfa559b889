namespace ProfileGraph.Emulators.Hosting;

/// <summary>Where a client points each provider when the emulators listen at one base address.</summary>
public sealed record EmulatorUrls(Uri SlackApi, Uri InfobipBaseUrl, Uri GreenApiUrl, Uri NandboxWebSocket)
{
    /// <param name="baseAddress">The server's address, with any path prefix the emulators are mapped under.</param>
    public static EmulatorUrls For(Uri baseAddress)
    {
        var root = baseAddress.AbsoluteUri.EndsWith('/') ? baseAddress : new Uri(baseAddress.AbsoluteUri + "/");
        var socket = new UriBuilder(new Uri(root, "nandbox/api/")) { Scheme = root.Scheme == Uri.UriSchemeHttps ? "wss" : "ws" };
        return new EmulatorUrls(new Uri(root, "api/"), root, root, socket.Uri);
    }
}
