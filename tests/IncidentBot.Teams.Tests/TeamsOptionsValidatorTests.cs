using IncidentBot.Teams.Tests.Connector;

namespace IncidentBot.Teams.Tests;

public sealed class TeamsOptionsValidatorTests
{
    private const string AppId = "00000000-0000-0000-0000-0000000000a1";
    private const string TenantId = "00000000-0000-0000-0000-0000000000b2";

    [Fact]
    public void Validate_NothingSet_Passes() =>
        Assert.True(new TeamsOptionsValidator().Validate(null, new TeamsOptions()).Succeeded);

    [Fact]
    public void Validate_WholeRegistration_Passes() =>
        Assert.True(new TeamsOptionsValidator().Validate(null, new TeamsOptions { AppId = AppId, AppPassword = "secret", TenantId = TenantId }).Succeeded);

    [Fact]
    public void Validate_AppIdAlone_NamesTheMissingKeys()
    {
        var result = new TeamsOptionsValidator().Validate(null, new TeamsOptions { AppId = AppId });

        Assert.Contains(result.Failures!, f => f.StartsWith("Teams needs Teams:AppPassword and Teams:TenantId too", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("my-bot", TenantId, "Teams:AppId 'my-bot' is not an app id")]
    [InlineData(AppId, "contoso.onmicrosoft.com", "Teams:TenantId 'contoso.onmicrosoft.com' is not a tenant id")]
    public void Validate_IdThatIsNoGuid_IsRefusedNamingTheKey(string appId, string tenantId, string expected)
    {
        var result = new TeamsOptionsValidator().Validate(null, new TeamsOptions { AppId = appId, AppPassword = "secret", TenantId = tenantId });

        Assert.Contains(result.Failures!, f => f.StartsWith(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("http://login.example.com/", false)]
    [InlineData("http://127.0.0.1:5099/", true)]
    [InlineData("https://login.microsoftonline.us/", true)]
    public void Validate_LoginAddress_HttpsOrLoopbackOnly(string address, bool accepted)
    {
        var options = new TeamsOptions { AppId = AppId, AppPassword = "secret", TenantId = TenantId, LoginUrl = new Uri(address) };

        Assert.Equal(accepted, new TeamsOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void Validate_CertificateInsteadOfPassword_Passes()
    {
        using var files = new AppCertificateFiles();

        var options = new TeamsOptions { AppId = AppId, CertificatePath = files.PfxPath, CertificatePassword = AppCertificateFiles.PfxPassword, TenantId = TenantId };

        Assert.True(new TeamsOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void Validate_PasswordAndCertificateBoth_AsksToChooseOne()
    {
        using var files = new AppCertificateFiles();

        var result = new TeamsOptionsValidator().Validate(null, new TeamsOptions { AppId = AppId, AppPassword = "secret", CertificatePath = files.PemPath, TenantId = TenantId });

        Assert.Contains(result.Failures!, f => f.StartsWith("Teams:AppPassword and Teams:CertificatePath are both set", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("missing", "cannot be read")]
    [InlineData("public", "holds no private key")]
    [InlineData("wrong-password", "cannot be read")]
    public void Validate_CertificateThatCannotSignIn_IsRefusedNamingTheKey(string file, string expected)
    {
        using var files = new AppCertificateFiles();
        var (path, password) = file switch
        {
            "missing" => (files.PfxPath + ".gone", null),
            "public" => (files.PemWithoutKeyPath, null),
            _ => (files.PfxPath, "not-the-password"),
        };

        var result = new TeamsOptionsValidator().Validate(null, new TeamsOptions { AppId = AppId, CertificatePath = path, CertificatePassword = password, TenantId = TenantId });

        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith($"Teams:CertificatePath '{path}' cannot be used: ", failure, StringComparison.Ordinal);
        Assert.Contains(expected, failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_IncidentsTeamIdAGroupId_Passes() =>
        Assert.True(new TeamsOptionsValidator().Validate(null, new TeamsOptions { IncidentsTeamId = "2f0b4c1e-8d7a-4a51-9d3e-5c6f7a8b9c0d" }).Succeeded);

    [Fact]
    public void Validate_IncidentsTeamIdAThreadId_IsRefusedNamingTheKey()
    {
        var result = new TeamsOptionsValidator().Validate(null, new TeamsOptions { IncidentsTeamId = "19:abc@thread.tacv2" });

        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith("Teams:IncidentsTeamId '19:abc@thread.tacv2' is not a team's group id", failure, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', failure);
    }
}
