using System.Net;
using IncidentBot.Tests.Host;
using IncidentBot.Web.Access;
using Microsoft.Extensions.Options;

namespace IncidentBot.Web.Tests;

/// <summary>
/// Who gets in: with nothing configured, direct requests on this machine only; with the admin credential, others sign
/// in first. Refusals say what to do, and nothing of an incident shows before.
/// </summary>
public sealed class AccessTests : WebBot
{
    [Theory]
    [InlineData("/")]
    [InlineData("/incidents")]
    [InlineData("/playground")]
    [InlineData("/playground/version")]
    [InlineData("/incidents/1")]
    [InlineData("/incidents/1/postmortem/1.md")]
    [InlineData("/metrics")]
    [InlineData("/metrics.csv")]
    [InlineData("/metrics.json")]
    public async Task FromElsewhere_NoCredentialConfigured_Is403NamingTheKeysToSet(string path)
    {
        await SeedAsync();
        From.Address = Elsewhere;
        using var client = Browser();

        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(WebAccessResultHandler.NotConfigured + "\n", body);
        Assert.Contains("Web:Admin:User and Web:Admin:PasswordHash", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("X-Forwarded-For", "198.51.100.1")]
    [InlineData("Forwarded", "for=198.51.100.1")]
    public async Task OnLoopback_ThroughAProxy_IsRefused(string header, string value)
    {
        await SeedAsync();
        using var client = Browser();
        client.DefaultRequestHeaders.Add(header, value);

        using var response = await client.GetAsync("/incidents/1");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("Checkout", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnLoopback_ForAnotherHostName_IsRefused()
    {
        await SeedAsync();
        using var client = Browser();
        client.BaseAddress = new Uri("https://rebound.example.com");

        using var response = await client.GetAsync("/incidents/1");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Hangfire_FromElsewhere_IsStillRefusedByTheSameRule()
    {
        From.Address = Elsewhere;
        using var client = Browser();

        using var response = await client.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(WebAccessResultHandler.NotConfigured + "\n", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Hangfire_DirectOnThisMachine_Opens()
    {
        using var client = Browser();

        using var response = await client.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Hangfire_AdminSignedInFromElsewhere_OpensAsAManager()
    {
        WithAdmin();
        From.Address = Elsewhere;
        using var client = Browser();

        using var before = await client.GetAsync("/hangfire");
        (await SignInAsync(client, AdminUser, AdminPassword)).Dispose();
        using var after = await client.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.Redirect, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task FromElsewhere_NotSignedIn_APageSendsToSignInAndAnythingElseIs401()
    {
        WithAdmin();
        await SeedAsync();
        From.Address = Elsewhere;
        using var client = Browser();

        using var page = await client.GetAsync("/incidents/1?x=1");
        client.DefaultRequestHeaders.Accept.Clear();
        using var download = await client.GetAsync("/incidents/1/postmortem/1.md");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/signin?returnUrl=%2Fincidents%2F1%3Fx%3D1", page.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, download.StatusCode);
        Assert.DoesNotContain("first draft", await download.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_RightCredential_OpensThePagesAndGoesBackWhereAsked()
    {
        WithAdmin();
        await SeedAsync();
        From.Address = Elsewhere;
        using var client = Browser();

        using var signedIn = await SignInAsync(client, AdminUser, AdminPassword, returnUrl: "/incidents/1");
        using var page = await client.GetAsync("/incidents/1");

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/incidents/1", signedIn.Headers.Location!.OriginalString);
        var cookie = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-IncidentBot=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Signed in as admin", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AdminUser, "wrong password")]
    [InlineData("root", AdminPassword)]
    public async Task SignIn_WrongCredential_IsRefusedAndOpensNothing(string user, string password)
    {
        WithAdmin();
        await SeedAsync();
        From.Address = Elsewhere;
        using var client = Browser();

        using var refused = await SignInAsync(client, user, password);
        using var page = await client.GetAsync("/incidents/1");

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("That user name and password do not match.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
    }

    [Fact]
    public async Task SignIn_AfterRepeatedFailures_RefusesEvenTheRightPasswordForAWhile()
    {
        WithAdmin(attempts: 2);
        From.Address = Elsewhere;
        using var client = Browser();

        (await SignInAsync(client, AdminUser, "guess 1")).Dispose();
        (await SignInAsync(client, AdminUser, "guess 2")).Dispose();
        using var locked = await SignInAsync(client, AdminUser, AdminPassword);

        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Contains("Too many failed sign-ins; try again in 1 minute(s).", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WithoutTheAntiforgeryToken_IsRefused()
    {
        WithAdmin();
        From.Address = Elsewhere;
        using var client = Browser();

        using var response = await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = AdminUser, ["Password"] = AdminPassword,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("__Host-", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SignIn_OverPlainHttp_IsRefusedSayingHttpsIsNeeded()
    {
        WithAdmin();
        From.Address = Elsewhere;
        using var client = Browser();
        client.BaseAddress = new Uri("http://localhost");

        using var refused = await SignInAsync(client, AdminUser, AdminPassword);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("Signing in needs HTTPS", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Web:Admin:User", "admin", "Web:Admin:PasswordHash is required when Web:Admin:User is set")]
    [InlineData("Web:Admin:PasswordHash", "hunter2", "Web:Admin:User is required when Web:Admin:PasswordHash is set")]
    [InlineData("Web:SignInAttempts", "0", "Web:SignInAttempts must be at least 1")]
    public async Task Start_WithAccessHalfConfigured_FailsNamingTheKey(string key, string value, string expected)
    {
        Bot.Settings[key] = value;

        var error = Assert.ThrowsAny<Exception>(() => Bot.CreateClient());

        var validation = error as OptionsValidationException ?? error.InnerException as OptionsValidationException;
        Assert.NotNull(validation);
        Assert.Contains(validation.Failures, f => f.Contains(expected, StringComparison.Ordinal));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Start_WithAPlainPasswordAsTheHash_FailsSayingHowToMakeOne()
    {
        Bot.Settings["Web:Admin:User"] = "admin";
        Bot.Settings["Web:Admin:PasswordHash"] = "hunter2";

        var error = Assert.ThrowsAny<Exception>(() => Bot.CreateClient());

        var validation = error as OptionsValidationException ?? error.InnerException as OptionsValidationException;
        Assert.NotNull(validation);
        Assert.Contains(validation.Failures, f => f.Contains("Web:Admin:PasswordHash is not a hash that hash-password prints", StringComparison.Ordinal)
            && f.Contains(HashPasswordCli.Command, StringComparison.Ordinal));
        await Task.CompletedTask;
    }

    private Task SeedAsync() => PostmortemDrafts.DraftedAsync(Services);

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string user, string password, string? returnUrl = null)
    {
        var form = await client.GetStringAsync("/signin");
        return await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = user, ["Password"] = password, ["ReturnUrl"] = returnUrl ?? "",
            ["__RequestVerificationToken"] = Pages.AntiforgeryToken(form),
        }));
    }
}
