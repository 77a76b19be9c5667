using IncidentBot.Teams.Connector;
using Microsoft.Extensions.Options;

namespace IncidentBot.Teams;

/// <summary>
/// Fails start-up when Teams is half configured: the app id, its password (or certificate, readable and with its key)
/// and its tenant go together (inbound tokens
/// are checked against the app id, outbound tokens need all three); ids must be ids; Microsoft's addresses must be
/// HTTPS (plain HTTP only on this machine, for tests). Security fails closed: nothing missing is ignored.
/// </summary>
public sealed class TeamsOptionsValidator : IValidateOptions<TeamsOptions>
{
    public ValidateOptionsResult Validate(string? name, TeamsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var hasCertificate = !string.IsNullOrWhiteSpace(options.CertificatePath);
        var secret = hasCertificate ? ("CertificatePath", options.CertificatePath) : ("AppPassword", options.AppPassword);
        var credentials = new[] { ("AppId", options.AppId), secret, ("TenantId", options.TenantId) };
        var missing = credentials.Where(c => string.IsNullOrWhiteSpace(c.Item2)).Select(c => $"Teams:{c.Item1}").ToList();
        if (missing.Count is > 0 and < 3)
        {
            failures.Add($"Teams needs {string.Join(" and ", missing)} too: the app id, its client secret (or certificate) and its tenant come together from the Azure bot registration.");
        }

        if (hasCertificate && !string.IsNullOrWhiteSpace(options.AppPassword))
        {
            failures.Add("Teams:AppPassword and Teams:CertificatePath are both set: the bot signs in with one of them; remove the other.");
        }
        else if (hasCertificate && CertificateProblem(options.CertificatePath!, options.CertificatePassword) is { } problem)
        {
            failures.Add($"Teams:CertificatePath '{options.CertificatePath}' cannot be used: {problem}.");
        }

        if (options.AppId is { Length: > 0 } appId && !Guid.TryParse(appId, out _))
        {
            failures.Add($"Teams:AppId '{appId}' is not an app id: use the registration's Microsoft App ID (a GUID).");
        }

        if (options.TenantId is { Length: > 0 } tenantId && !Guid.TryParse(tenantId, out _))
        {
            failures.Add($"Teams:TenantId '{tenantId}' is not a tenant id: use the Directory (tenant) ID of the app registration (a GUID).");
        }

        if (options.IncidentsTeamId is { Length: > 0 } teamId && !Guid.TryParse(teamId, out _))
        {
            failures.Add($"Teams:IncidentsTeamId '{teamId}' is not a team's group id: use the GUID after groupId= in the team's \"Get link to team\" (Microsoft Graph's /teams/{{id}} takes that, not a 19:…@thread.tacv2 id).");
        }

        foreach (var (key, address) in new[] { ("OpenIdMetadataUrl", options.OpenIdMetadataUrl), ("LoginUrl", options.LoginUrl), ("GraphUrl", options.GraphUrl), ("ServiceUrl", options.ServiceUrl) })
        {
            if (!IsSafeAddress(address))
            {
                failures.Add($"Teams:{key} '{address}' must be an absolute https address (http only on loopback, for tests).");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string? CertificateProblem(string path, string? password)
    {
        try
        {
            using var certificate = TeamsClientCertificate.Load(path, password);
            return null;
        }
        catch (TeamsCertificateException e)
        {
            return e.Message;
        }
    }

    private static bool IsSafeAddress(Uri? address) =>
        address is { IsAbsoluteUri: true } && (address.Scheme == Uri.UriSchemeHttps || (address.Scheme == Uri.UriSchemeHttp && address.IsLoopback));
}
