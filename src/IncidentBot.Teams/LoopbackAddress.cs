using System.Net;

namespace IncidentBot.Teams;

/// <summary>
/// Whether a service URL is on this machine (<c>localhost</c>, <c>127.0.0.0/8</c>, <c>[::1]</c>), as the Agents
/// Playground's mock connector is (<c>http://localhost:56150/_connector</c>). Only such an address is called, or
/// believed, without a token under <see cref="TeamsOptions.AllowUnauthenticatedLocalClient"/>.
/// </summary>
public static class LoopbackAddress
{
    public static bool Is(Uri? address) =>
        address is { IsAbsoluteUri: true } && (address.Scheme == Uri.UriSchemeHttp || address.Scheme == Uri.UriSchemeHttps)
        && (string.Equals(address.IdnHost, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(address.IdnHost, out var ip) && IPAddress.IsLoopback(ip)));

    public static bool Is(string? address) => Uri.TryCreate(address, UriKind.Absolute, out var uri) && Is(uri);
}
