namespace IncidentBot.Alerts;

/// <summary>Downloads SNS signing certificates over HTTPS, without following redirects and at most 64 KB.</summary>
public sealed class SnsCertificateFetcher(HttpClient http) : ISnsCertificateFetcher
{
    private const int MaxBytes = 64 * 1024;

    public async Task<string> FetchPemAsync(Uri address, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(address, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        if (response.Content.Headers.ContentLength > MaxBytes)
        {
            throw new HttpRequestException($"The certificate at {address} is larger than {MaxBytes} bytes.");
        }

        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return text.Length <= MaxBytes ? text : throw new HttpRequestException($"The certificate at {address} is larger than {MaxBytes} bytes.");
    }
}
