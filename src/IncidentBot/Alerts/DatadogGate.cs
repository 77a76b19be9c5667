using IncidentBot.Core.Alerts;
using IncidentBot.Endpoints;
using IncidentBot.Security;
using Microsoft.Extensions.Options;

namespace IncidentBot.Alerts;

/// <summary>
/// Datadog's gate: the token its webhook sends in a custom header (<see cref="DatadogOptions"/>), compared in
/// constant time. Datadog offers no signature, so the token over HTTPS is what there is.
/// </summary>
/// <seealso href="https://docs.datadoghq.com/integrations/webhooks/"/>
public sealed class DatadogGate(IOptions<DatadogOptions> options) : IAlertSourceGate
{
    private readonly DatadogOptions _options = options.Value;

    public string Source => DatadogParser.SourceName;

    public string? Unconfigured => string.IsNullOrEmpty(_options.Token) ? $"set {DatadogOptions.SectionName}:Token" : null;

    public Task<IResult?> AdmitAsync(HttpRequest request, byte[] body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var token = _options.Token!;
        string? refusal;
        if (string.Equals(_options.Header, "Authorization", StringComparison.OrdinalIgnoreCase))
        {
            refusal = RequestAuthenticator.BearerMatches(request, token) ? null : "missing or wrong 'Authorization: Bearer <token>' header";
        }
        else
        {
            refusal = Secrets.Equal(request.Headers[_options.Header].ToString(), token) ? null : $"missing or wrong '{_options.Header}' header";
        }

        return Task.FromResult(refusal is null ? null : RawBody.Problem(StatusCodes.Status401Unauthorized, refusal));
    }
}
