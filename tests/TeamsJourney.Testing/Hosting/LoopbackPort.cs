using System.Net;
using System.Net.Sockets;

namespace TeamsJourney.Testing.Hosting;

/// <summary>A loopback port nobody listens on right now (the OS picks it).</summary>
public static class LoopbackPort
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
