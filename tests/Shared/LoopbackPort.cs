using System.Net;
using System.Net.Sockets;

namespace ProfileGraph.Testing;

/// <summary>Ports for the real servers tests start on the loopback interface.</summary>
public static class LoopbackPort
{
    /// <summary>A port free right now (the operating system's pick).</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
