using System.Globalization;
using IncidentBot.Core.Chat;
using IncidentBot.Security;

namespace IncidentBot.Api;

/// <summary>
/// Links under the bot's public address: an incident's full record is <c>GET /api/incidents/{number}</c> (behind the API
/// token); a postmortem revision is <c>/reports/{number}/{revision}?sig=…</c>, signed (<see cref="ReportLinkSigner"/>) so
/// people open it from chat without the token (<see cref="ReportEndpoints"/>); an approved version is
/// <c>/reports/{number}/approved/{approval}?sig=…</c>, signed alike.
/// </summary>
public sealed class ApiIncidentLinks(Uri baseAddress, ReportLinkSigner signer) : IIncidentLinks
{
    private readonly string _root = baseAddress.ToString().TrimEnd('/');

    public Uri RecordOf(int incidentNumber) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{_root}/api/incidents/{incidentNumber}"));

    public Uri ReportOf(int incidentNumber, int revision) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{_root}{ReportEndpoints.PathOf(incidentNumber, revision)}?sig={signer.Sign(incidentNumber, revision)}"));

    public Uri ApprovedReportOf(int incidentNumber, int approval) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{_root}{ReportEndpoints.ApprovedPathOf(incidentNumber, approval)}?sig={signer.SignApproval(incidentNumber, approval)}"));
}
