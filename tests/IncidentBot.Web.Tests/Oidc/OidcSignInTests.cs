using System.Net;
using System.Text.RegularExpressions;
using IncidentBot.Core.Storage;
using IncidentBot.Tests.Host;
using IncidentBot.Web.Access;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IncidentBot.Web.Tests.Oidc;

/// <summary>
/// Signing in with the company's identity provider (a fake one on loopback): the provider's groups or app roles grant
/// the web face's roles only as <c>Web:Oidc:Roles</c> maps them; a token the bot cannot trust, or a person with no
/// mapped role, signs nobody in.
/// </summary>
public sealed partial class OidcSignInTests : WebBot
{
    private const string Viewers = "grp-viewers";
    private const string OnCall = "grp-oncall";
    private const string Managers = "IncidentBot.Manager";

    [Fact]
    public async Task SignInPage_WithProviderAndAdmin_OffersBoth()
    {
        await using var idp = await FakeIdentityProvider.StartAsync();
        WithAdmin();
        WithProvider(idp);
        From.Address = Elsewhere;
        using var client = Browser();

        using var page = await client.GetAsync("/incidents/1");
        var signIn = await client.GetStringAsync(page.Headers.Location);

        Assert.Equal("/signin?returnUrl=%2Fincidents%2F1", page.Headers.Location!.OriginalString);
        Assert.Contains("Sign in with Contoso", signIn, StringComparison.Ordinal);
        Assert.Contains("href=\"/signin/oidc?returnUrl=%2Fincidents%2F1\"", signIn, StringComparison.Ordinal);
        Assert.Contains("autocomplete=\"current-password\"", signIn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_ManagerAppRole_ApprovesAndOpensHangfireButDoesNotAct()
    {
        await using var idp = await FakeIdentityProvider.StartAsync();
        WithProvider(idp);
        await SeedAsync();
        From.Address = Elsewhere;
        idp.NextUser = new FakeUser("u-42", "Pat Doe", [Managers, "Some.Other.Role"], []);
        using var client = Browser();

        using var landed = await SignInWithProviderAsync(client, idp, "/incidents/1");
        using var page = await client.GetAsync("/incidents/1");
        using var approve = await client.PostAsync("/probe/approve", null);
        using var hangfire = await client.GetAsync("/hangfire");
        using var act = await client.PostAsync("/probe/act", null);

        Assert.Equal(["ok"], idp.TokenAnswers);
        Assert.Equal(HttpStatusCode.OK, landed.StatusCode);
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"0;url=/incidents/1\">", await landed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var cookie = Assert.Single(landed.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-IncidentBot=", StringComparison.Ordinal));
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Signed in as Pat Doe", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, approve.StatusCode);
        Assert.Equal(HttpStatusCode.OK, hangfire.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, act.StatusCode);
    }

    [Fact]
    public async Task SignIn_ManagerWithAPeopleEmail_ApprovesThePostmortemAsThatPerson()
    {
        await using var idp = await FakeIdentityProvider.StartAsync();
        WithProvider(idp);
        Bot.Settings["People:2:Email"] = "foster@example.com";
        await SeedAsync();
        var store = Services.GetRequiredService<IIncidentStore>();
        var incident = (await store.GetAsync(1))!;
        var channel = await Bot.Workspace.OpenIncidentChannelAsync("inc-1-checkout-errors", "Checkout errors", Seed.Day1);
        incident.AttachChannel(channel.Id, channel.Name, Seed.Day1);
        await store.SaveAsync(incident);
        From.Address = Elsewhere;
        idp.NextUser = new FakeUser("u-3", "F. Adu-Gyamfi", [Managers], [], Email: "foster@example.com");
        using var client = Browser();

        (await SignInWithProviderAsync(client, idp, "/")).Dispose();
        var form = await client.GetStringAsync("/incidents/1/postmortem/approve");
        using var approved = await client.PostAsync("/incidents/1/postmortem/approve", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Markdown"] = "# INC-1\n\napproved text\n",
            ["FromRevision"] = Hidden(form, "FromRevision"),
            ["ApprovalsSeen"] = Hidden(form, "ApprovalsSeen"),
            ["__RequestVerificationToken"] = Pages.AntiforgeryToken(form),
        }));

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var kept = Assert.Single(await Services.GetRequiredService<IPostmortemApprovalStore>().ListAsync(1));
        Assert.Equal("Foster Adu-Gyamfi", kept.ApprovedBy);
    }

    [Fact]
    public async Task SignIn_ViewerGroup_ReadsButCannotActApproveOrOpenHangfire()
    {
        await using var idp = await FakeIdentityProvider.StartAsync();
        WithProvider(idp, roleClaim: "groups");
        await SeedAsync();
        From.Address = Elsewhere;
        idp.NextUser = new FakeUser("u-7", "Sam Roe", [Managers], [Viewers]);
        using var client = Browser();

        using var landed = await SignInWithProviderAsync(client, idp, "/");
        using var page = await client.GetAsync("/incidents/1");
        using var act = await client.PostAsync("/probe/act", null);
        using var approve = await client.PostAsync("/probe/approve", null);
        using var hangfire = await client.GetAsync("/hangfire");
        using var approvePage = await client.GetAsync("/incidents/1/postmortem/approve");
        using var say = await new PlaygroundForms(client).PostAsync("Say", ("as", "kofi"), ("channel", "incidents"), ("text", "/incident declare Checkout is down"));

        Assert.Equal(HttpStatusCode.OK, landed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, say.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, approvePage.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, act.StatusCode);
        Assert.Equal("Your sign-in does not have the role this needs.\n", await act.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, approve.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, hangfire.StatusCode);
    }

    [Fact]
    public async Task SignIn_ResponderGroup_Acts()
    {
        await using var idp = await FakeIdentityProvider.StartAsync();
        WithProvider(idp, roleClaim: "groups");
        From.Address = Elsewhere;
        idp.NextUser = new FakeUser("u-8", "Kim Poe", [], [OnCall]);
        using var client = Browser();

        using var landed = await SignInWithProviderAsync(client, idp, "/");
        var playground = await new PlaygroundForms(client).DoAsync("Say", ("as", "kofi"), ("channel", "incidents"), ("text", "/incident declare Checkout is down"));
        using var act = await client.PostAsync("/probe/act", null);
        using var approve = await client.PostAsync("/probe/approve", null);

        Assert.Contains("Checkout is down", playground, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, act.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, approve.StatusCode);
    }

    [Fact]
    public async Task SignIn_NoMappedRole_Is403NamingTheValuesSeenAndTheKeys_AndMakesNoSession()
    {
        await using var idp = await FakeIdentityProvider.StartAsync();
        WithProvider(idp);
        await SeedAsync();
        From.Address = Elsewhere;
        idp.NextUser = new FakeUser("u-9", "Lee Moe", ["Payroll.Reader", "<b>x</b>"], [Viewers]);
        using var client = Browser();

        using var refused = await SignInWithProviderAsync(client, idp, "/incidents/1");
        var line = await refused.Content.ReadAsStringAsync();
        using var page = await client.GetAsync("/incidents/1");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.StartsWith("text/plain", refused.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        Assert.Contains("Contoso signed you in as Lee Moe, but none of your claims grants a role here", line, StringComparison.Ordinal);
        Assert.Contains("its 'roles' values are: Payroll.Reader, <b>x</b>", line, StringComparison.Ordinal);
        Assert.Contains("Web:Oidc:Roles:Viewer, Web:Oidc:Roles:Responder or Web:Oidc:Roles:Manager", line, StringComparison.Ordinal);
        AssertNoSession(refused);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
    }

    [Theory]
    [InlineData(TokenFault.UnknownKey)]
    [InlineData(TokenFault.WrongAudience)]
    [InlineData(TokenFault.WrongNonce)]
    public async Task SignIn_TokenTheBotCannotTrust_IsRefusedAndMakesNoSession(TokenFault fault)
    {
        await using var idp = await FakeIdentityProvider.StartAsync();
        WithProvider(idp);
        await SeedAsync();
        From.Address = Elsewhere;
        idp.NextUser = new FakeUser("u-1", "Pat Doe", [Managers], []);
        idp.Fault = fault;
        using var client = Browser();

        using var refused = await SignInWithProviderAsync(client, idp, "/incidents/1");
        using var page = await client.GetAsync("/incidents/1");

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("Signing in with Contoso failed, so nobody was signed in", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        AssertNoSession(refused);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
    }

    [Fact]
    public async Task SignIn_AnswerWithAnotherState_IsRefusedBeforeTheCodeIsRedeemed()
    {
        await using var idp = await FakeIdentityProvider.StartAsync();
        WithProvider(idp);
        From.Address = Elsewhere;
        idp.NextUser = new FakeUser("u-1", "Pat Doe", [Managers], []);
        using var client = Browser();

        using var refused = await SignInWithProviderAsync(client, idp, "/", state => state[..^4] + "AAAA");

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Empty(idp.TokenAnswers);
        AssertNoSession(refused);
    }

    [Fact]
    public async Task SignIn_OverPlainHttp_SaysHttpsIsNeededBeforeGoingToTheProvider()
    {
        await using var idp = await FakeIdentityProvider.StartAsync();
        WithProvider(idp);
        From.Address = Elsewhere;
        using var client = Browser();
        client.BaseAddress = new Uri("http://localhost");

        using var response = await client.GetAsync("/signin/oidc?returnUrl=%2F");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Signing in needs HTTPS", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOut_EndsTheBotsSession()
    {
        await using var idp = await FakeIdentityProvider.StartAsync();
        WithProvider(idp);
        await SeedAsync();
        From.Address = Elsewhere;
        idp.NextUser = new FakeUser("u-1", "Pat Doe", [Managers], []);
        using var client = Browser();
        (await SignInWithProviderAsync(client, idp, "/")).Dispose();
        var page = await client.GetStringAsync("/incidents/1");

        using var signedOut = await client.PostAsync("/signout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Pages.AntiforgeryToken(page),
        }));
        using var after = await client.GetAsync("/incidents/1");

        Assert.Equal("/signin", signedOut.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Theory]
    [InlineData("Web:Oidc:ClientId", "incidentbot", "Web:Oidc:Authority is required when other Web:Oidc keys are set")]
    [InlineData("Web:Oidc:Roles:Manager:0", "IncidentBot.Manager", "Web:Oidc:Authority is required when other Web:Oidc keys are set")]
    [InlineData("Web:Oidc:Authority", "http://login.example.com/tenant", "Web:Oidc:Authority must be an https address (it is 'http://login.example.com/tenant')")]
    [InlineData("Web:Oidc:Authority", "https://login.example.com/tenant", "Web:Oidc:ClientId is required when Web:Oidc:Authority is set")]
    public async Task Start_WithOidcHalfConfigured_FailsNamingTheKey(string key, string value, string expected)
    {
        Bot.Settings[key] = value;

        var error = Assert.ThrowsAny<Exception>(() => Bot.CreateClient());

        var validation = error as OptionsValidationException ?? error.InnerException as OptionsValidationException;
        Assert.NotNull(validation);
        Assert.Contains(validation.Failures, f => f.Contains(expected, StringComparison.Ordinal));
        await Task.CompletedTask;
    }

    private void WithProvider(FakeIdentityProvider idp, string? roleClaim = null)
    {
        Bot.Settings["Web:Oidc:Authority"] = idp.Authority;
        Bot.Settings["Web:Oidc:ClientId"] = FakeIdentityProvider.ClientId;
        Bot.Settings["Web:Oidc:ClientSecret"] = FakeIdentityProvider.ClientSecret;
        Bot.Settings["Web:Oidc:DisplayName"] = "Contoso";
        Bot.Settings["Web:Oidc:Roles:Viewer:0"] = Viewers;
        Bot.Settings["Web:Oidc:Roles:Responder:0"] = OnCall;
        Bot.Settings["Web:Oidc:Roles:Manager:0"] = Managers;
        if (roleClaim is not null)
        {
            Bot.Settings["Web:Oidc:RoleClaim"] = roleClaim;
        }

        var addresses = Bot.TestServices;
        Bot.TestServices = services =>
        {
            addresses?.Invoke(services);
            services.AddSingleton<IStartupFilter>(new PolicyProbes());
        };
    }

    private Task SeedAsync() => PostmortemDrafts.DraftedAsync(Services);

    /// <summary>
    /// What a browser does: follows the sign-in page's link to the provider, which signs <see cref="FakeIdentityProvider.NextUser"/>
    /// in and answers with a form that posts the code and state back to the bot. Returns the bot's answer to that post.
    /// </summary>
    private static async Task<HttpResponseMessage> SignInWithProviderAsync(
        HttpClient bot, FakeIdentityProvider idp, string returnUrl, Func<string, string>? tamperState = null)
    {
        var signInPage = await bot.GetStringAsync($"/signin?returnUrl={Uri.EscapeDataString(returnUrl)}");
        var link = WebUtility.HtmlDecode(ProviderLink().Match(signInPage).Groups[1].Value);
        using var challenge = await bot.GetAsync(link);
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var authorize = challenge.Headers.Location!;
        Assert.StartsWith(idp.Authority + "/authorize?", authorize.AbsoluteUri, StringComparison.Ordinal);

        using var provider = new HttpClient();
        var form = await provider.GetStringAsync(authorize);
        var action = new Uri(WebUtility.HtmlDecode(FormAction().Match(form).Groups[1].Value));
        var fields = HiddenField().Matches(form).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
        if (tamperState is not null)
        {
            fields["state"] = tamperState(fields["state"]);
        }

        Assert.Equal("https://localhost/signin-oidc", action.GetLeftPart(UriPartial.Path));
        return await bot.PostAsync(action.PathAndQuery, new FormUrlEncodedContent(fields));
    }

    private static string Hidden(string page, string name) =>
        Regex.Match(page, $"name=\"{name}\" value=\"(\\d+)\"") is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException($"The form has no {name}.");

    private static void AssertNoSession(HttpResponseMessage response) =>
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies)
            && cookies.Any(c => c.StartsWith("__Host-IncidentBot=", StringComparison.Ordinal) && !c.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase)));

    [GeneratedRegex("id=\"signin-oidc\" href=\"([^\"]+)\"")]
    private static partial Regex ProviderLink();

    [GeneratedRegex("<form method=\"post\" action=\"([^\"]+)\">")]
    private static partial Regex FormAction();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenField();
}
