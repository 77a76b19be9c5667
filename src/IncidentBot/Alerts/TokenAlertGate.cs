using IncidentBot.Endpoints;
using IncidentBot.Security;

namespace IncidentBot.Alerts;

/// <summary>
/// The gate of Alertmanager, Grafana and the generic webhook: the bearer token or the
/// <c>X-IncidentBot-Signature</c> HMAC of <c>Alerts:&lt;source&gt;</c> in the <see cref="SecretBook"/>, which
/// generates a token when none is configured, so these sources are always on and never open.
/// </summary>
public sealed class TokenAlertGate(string source, SecretBook secrets) : IAlertSourceGate
{
    public string Source => source;

    public string? Unconfigured => null;

    public Task<IResult?> AdmitAsync(HttpRequest request, byte[] body, CancellationToken cancellationToken) =>
        Task.FromResult(RequestAuthenticator.Verify(request, body, secrets.ForAlertSource(source)) is { } refusal
            ? RawBody.Problem(StatusCodes.Status401Unauthorized, refusal)
            : null);
}
