namespace IncidentBot.Alerts;

/// <summary>
/// How one alert source proves that a delivery is its own, checked on the raw body before it is parsed. Each
/// source has its own (a bearer token, PagerDuty's HMAC, Amazon SNS's signature), and a source without its secret
/// has no door at all: <c>POST /alerts/{source}</c> answers 404, as for a source that does not exist.
/// </summary>
public interface IAlertSourceGate
{
    /// <summary>The source name of the parser this gate guards.</summary>
    string Source { get; }

    /// <summary>Null when the source is configured; else what to set to turn it on, naming the key.</summary>
    string? Unconfigured { get; }

    /// <summary>
    /// Null to let the body be parsed as alerts; else the answer that ends the request: a refusal (nothing of it is
    /// recorded), or a delivery that is the source's own business and carries no alert (an SNS subscription confirmation).
    /// </summary>
    Task<IResult?> AdmitAsync(HttpRequest request, byte[] body, CancellationToken cancellationToken);
}
