using IncidentBot.Teams.Connector;
using IncidentBot.Teams.Testing.Connector;

namespace IncidentBot.Teams.Tests.Connector;

/// <summary>The app registration's certificate instead of a client secret: a signed client assertion, never a secret.</summary>
public sealed class BotConnectorCertificateTests : IDisposable
{
    private readonly AppCertificateFiles _files = new();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task GetToken_WithTheAppCertificate_ProvesTheAppWithASignedAssertion(bool pem)
    {
        await using var harness = await ConnectorHarness.StartAsync(options =>
        {
            options.AppPassword = null;
            options.CertificatePath = pem ? _files.PemPath : _files.PfxPath;
            options.CertificatePassword = pem ? null : AppCertificateFiles.PfxPassword;
        });
        harness.Tokens.TrustClientCertificate(_files.Certificate);

        var token = await harness.BotTokens.GetTokenAsync();

        var request = Assert.Single(harness.Tokens.Requests);
        Assert.False(request.ContainsKey("client_secret"));
        Assert.Equal("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", request["client_assertion_type"]);
        Assert.Equal(FakeTokenState.Valid, harness.Tokens.Check(token));
    }

    [Fact]
    public async Task GetToken_WithACertificateTheDirectoryDoesNotKnow_ThrowsAPermanentFailure()
    {
        await using var harness = await ConnectorHarness.StartAsync(options =>
        {
            options.AppPassword = null;
            options.CertificatePath = _files.PemPath;
        });

        var error = await Assert.ThrowsAsync<BotConnectorException>(() => harness.BotTokens.GetTokenAsync());

        Assert.IsNotType<BotConnectorTransientException>(error);
        Assert.Equal("invalid_client", error.ErrorCode);
    }

    public void Dispose() => _files.Dispose();
}
