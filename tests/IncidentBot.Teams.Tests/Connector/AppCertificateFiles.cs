using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace IncidentBot.Teams.Tests.Connector;

/// <summary>A self-signed app certificate, written as the files people export from Azure: PFX with a password, PEM with its key, PEM without.</summary>
internal sealed class AppCertificateFiles : IDisposable
{
    public const string PfxPassword = "pfx-password";

    private readonly string _folder = Directory.CreateTempSubdirectory("incidentbot-cert-").FullName;

    public AppCertificateFiles()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=IncidentBot test app", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var now = DateTimeOffset.UtcNow;
        using var created = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(30));
        Certificate = X509CertificateLoader.LoadCertificate(created.RawData);
        File.WriteAllBytes(PfxPath, created.Export(X509ContentType.Pfx, PfxPassword));
        File.WriteAllText(PemPath, created.ExportCertificatePem() + "\n" + key.ExportPkcs8PrivateKeyPem());
        File.WriteAllText(PemWithoutKeyPath, created.ExportCertificatePem());
    }

    /// <summary>The public part, for the fake token endpoint to trust.</summary>
    public X509Certificate2 Certificate { get; }

    public string PfxPath => Path.Combine(_folder, "app.pfx");

    public string PemPath => Path.Combine(_folder, "app.pem");

    public string PemWithoutKeyPath => Path.Combine(_folder, "app-public.pem");

    public void Dispose()
    {
        Certificate.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
