using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace IncidentBot.Teams.Connector;

/// <summary>
/// Reads the app registration's certificate (<see cref="TeamsOptions.CertificatePath"/>): a PEM file with the
/// certificate and its private key, or a PFX (PKCS#12) file. A file that cannot be read, or holds no private key, is
/// refused with a <see cref="TeamsCertificateException"/> saying why, so the bot stops at start naming the key.
/// </summary>
public static class TeamsClientCertificate
{
    private const string NoKey = "it holds no private key: export the certificate with its key (PFX, or PEM with the key)";

    public static X509Certificate2 Load(string path, string? password)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        X509Certificate2 certificate;
        try
        {
            var bytes = File.ReadAllBytes(path);
            certificate = bytes.AsSpan().StartsWith("-----BEGIN "u8) ? FromPem(Encoding.ASCII.GetString(bytes), password)
                : X509CertificateLoader.LoadPkcs12(bytes, password, X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException or ArgumentException)
        {
            throw new TeamsCertificateException($"it cannot be read ({e.Message.TrimEnd('.')})", e);
        }

        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            throw new TeamsCertificateException(NoKey);
        }

        return certificate;
    }

    private static X509Certificate2 FromPem(string pem, string? password)
    {
        if (!pem.Contains("PRIVATE KEY-----", StringComparison.Ordinal))
        {
            throw new TeamsCertificateException(NoKey);
        }

        return string.IsNullOrEmpty(password) ? X509Certificate2.CreateFromPem(pem, pem) : X509Certificate2.CreateFromEncryptedPem(pem, pem, password);
    }
}
