using System.Globalization;
using IncidentBot.Core.Chat;

namespace IncidentBot.Api;

/// <summary>An incident's full record is <c>GET /api/incidents/{number}</c> under the bot's public address.</summary>
public sealed class ApiIncidentLinks(Uri baseAddress) : IIncidentLinks
{
    private readonly string _root = baseAddress.ToString().TrimEnd('/');

    public Uri RecordOf(int incidentNumber) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{_root}/api/incidents/{incidentNumber}"));
}
