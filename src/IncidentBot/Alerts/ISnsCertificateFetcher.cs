namespace IncidentBot.Alerts;

/// <summary>Downloads an SNS signing certificate (PEM); only ever asked for an address <see cref="SnsAddresses"/> accepts.</summary>
public interface ISnsCertificateFetcher
{
    Task<string> FetchPemAsync(Uri address, CancellationToken cancellationToken);
}
