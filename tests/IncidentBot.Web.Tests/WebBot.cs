using System.Net;
using IncidentBot.Tests.Host;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentBot.Web.Tests;

/// <summary>A test class whose every test gets a fresh bot on the real host, its requests coming from <see cref="Client"/>'s address.</summary>
public abstract class WebBot : IAsyncLifetime
{
    public const string AdminUser = "admin";
    public const string AdminPassword = "correct horse battery staple";

    /// <summary>Made once: hashing at the real cost for every test would cost more than the tests.</summary>
    public static readonly string AdminHash = Access.PasswordHash.Create(AdminPassword, Access.PasswordHash.MinIterations).ToString();

    public static readonly IPAddress Elsewhere = IPAddress.Parse("203.0.113.7");

    protected BotFactory Bot { get; } = new();

    protected ClientAddress From { get; } = new();

    protected IServiceProvider Services => Bot.Services;

    /// <summary>Configures the admin credential (call before the first client).</summary>
    protected void WithAdmin(int attempts = 5)
    {
        Bot.Settings["Web:Admin:User"] = AdminUser;
        Bot.Settings["Web:Admin:PasswordHash"] = AdminHash;
        Bot.Settings["Web:SignInAttempts"] = attempts.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Signs the admin in on <paramref name="client"/> (the credential has the responder and manager roles).</summary>
    protected static async Task SignInAsAdminAsync(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var form = await client.GetStringAsync("/signin");
        using var signedIn = await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = AdminUser, ["Password"] = AdminPassword, ["ReturnUrl"] = "/",
            ["__RequestVerificationToken"] = Pages.AntiforgeryToken(form),
        }));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    /// <summary>A browser-like client (cookies kept, redirects not followed) on https://localhost.</summary>
    protected HttpClient Browser()
    {
        var client = Bot.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        return client;
    }

    public virtual Task InitializeAsync()
    {
        Bot.TestServices = services => services.AddSingleton<IStartupFilter>(From);
        return Task.CompletedTask;
    }

    public virtual async Task DisposeAsync() => await Bot.DisposeAsync();
}
