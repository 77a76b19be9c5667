using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace IncidentBot.Alerts;

/// <summary>
/// The public keys of SNS signing certificates, fetched once per address and kept: SNS signs with few
/// certificates and names a new address when it rotates them. Only addresses <see cref="SnsAddresses"/> accepts
/// are fetched, and a failed fetch is not kept, so the next delivery tries again.
/// </summary>
public sealed class SnsCertificates(ISnsCertificateFetcher fetcher)
{
    /// <summary>More distinct certificates than SNS uses at once; past this, keys are fetched but not kept.</summary>
    private const int MostKept = 32;

    private readonly ConcurrentDictionary<string, byte[]> _keys = new(StringComparer.Ordinal);

    /// <summary>
    /// The certificate's RSA public key (SubjectPublicKeyInfo, DER): kept as bytes, since an <see cref="RSA"/> object is
    /// not documented as safe to use from several requests at once.
    /// </summary>
    /// <exception cref="ArgumentException">The address is not an SNS signing certificate's (nothing was fetched).</exception>
    /// <exception cref="HttpRequestException">The certificate could not be fetched.</exception>
    /// <exception cref="CryptographicException">What was fetched is not a certificate with an RSA key.</exception>
    public async Task<byte[]> KeyAsync(string url, CancellationToken cancellationToken)
    {
        if (!SnsAddresses.IsSigningCertificate(url))
        {
            throw new ArgumentException($"'{url}' is not an Amazon SNS signing certificate address.", nameof(url));
        }

        if (_keys.TryGetValue(url, out var known))
        {
            return known;
        }

        var pem = await fetcher.FetchPemAsync(new Uri(url), cancellationToken).ConfigureAwait(false);
        using var certificate = X509Certificate2.CreateFromPem(pem);
        using var rsa = certificate.GetRSAPublicKey() ?? throw new CryptographicException($"The certificate at {url} has no RSA key.");
        var key = rsa.ExportSubjectPublicKeyInfo();
        return _keys.Count < MostKept ? _keys.GetOrAdd(url, key) : key;
    }
}
