using System.Globalization;
using IncidentBot.Alerts;
using IncidentBot.Configuration;
using IncidentBot.Core.Alerts;
using IncidentBot.Playground;
using IncidentBot.Security;
using IncidentBot.Slack;
using IncidentBot.Teams;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace IncidentBot.Hosting;

/// <summary>Tells a newcomer what to open once the bot listens (the playground in local mode, else the dashboard) and where to send an alert, with commands ready to paste in local mode.</summary>
public static class StartupBanner
{
    public static void Print(WebApplication app, TextWriter console)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(console);
        var services = app.Services;
        var address = services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://127.0.0.1:5080";
        var sources = string.Join(", ", AlertSourceGates.TokenSources);
        // One write: the host's log lines, written meanwhile, must not come between the lines of the banner.
        var simulated = services.GetRequiredService<IOptions<SimulatedDeployOptions>>().Value.IsEnabledOn(services.GetRequiredService<ActivePlatform>().IsLocal)
            ? "\n  Roll back:       simulated for services without Services:<name>:RollbackUrl (a simulated deploy system; Deploys:Simulated:Enabled=false turns it off)"
            : "";
        var browser = DashboardAddress(address);
        var pages = services.GetRequiredService<ActivePlatform>().IsLocal
            ? $"""
                  Playground:      open {browser}/ in a browser and click Send a sample alert   (a simulated chat workspace; {Access(services)})
                  Dashboard:       {browser}/incidents
                """
            : $"""
                  Dashboard:       open {browser}/ in a browser   ({Access(services)})
                """;
        console.WriteLine($"""

            IncidentBot is listening on {address}, on {Platform(services)}
            {pages}
              Send an alert:   POST {address}/alerts/<source>   (sources: {sources}; 'Authorization: Bearer <Alerts:<source>:Token>')
              Record a deploy: POST {address}/changes            ('Authorization: Bearer <Changes:Token>')
              Read incidents:  GET  {address}/api/incidents      ('Authorization: Bearer <IncidentBot:ApiToken>'){simulated}
            """);
        if (services.GetService<PlaygroundRun>() is { } playground)
        {
            PrintPlayground(console, address, playground.CommandLine.Page, services.GetRequiredService<SecretBook>(), services.GetRequiredService<TimeProvider>());
            return;
        }

        if (services.GetRequiredService<ActivePlatform>().Kind == Hosting.Platform.Teams
            && services.GetRequiredService<IOptions<TeamsOptions>>().Value.IsPlayground)
        {
            console.WriteLine($"""

                Try it with the Microsoft 365 Agents Playground (no Microsoft account), started yourself:
                  npx -y -p @microsoft/m365agentsplayground@0.2.28 agentsplayground start -e {address}/api/messages -c msteams
                  then in the page it opens: Teams Channel > General, type @, pick Test Bot, add 'declare Checkout down sev2', Post.
                  (dotnet run --project src/IncidentBot -- teams-playground starts the bot and the Playground, on loopback, in one.)
                """);
            return;
        }

        var secrets = services.GetRequiredService<SecretBook>();
        if (!services.GetRequiredService<ActivePlatform>().IsLocal
            || secrets.ForAlertSource(GenericWebhookParser.SourceName)?.Token is not { } token)
        {
            return;
        }

        var now = Now(services.GetRequiredService<TimeProvider>());
        console.WriteLine($$"""

            Try it (local mode):
              curl -X POST {{address}}/alerts/generic -H 'Authorization: Bearer {{token}}' -H 'Content-Type: application/json' \
                -d '{"title":"api returns HTTP 500","service":"api","severity":"sev1","startsAt":"{{now}}"}'
              curl -H 'Authorization: Bearer {{secrets.ApiToken}}' {{address}}/api/incidents/1
              curl -X POST {{address}}/local/press -H 'Authorization: Bearer {{secrets.ApiToken}}' -H 'Content-Type: application/json' \
                -d '{"as":"oncall","button":"acknowledge"}'
            """);
    }

    /// <summary>The Playground <c>teams-playground</c> started: where to open it, what to type, and an alert to send.</summary>
    private static void PrintPlayground(TextWriter console, string address, Uri page, SecretBook secrets, TimeProvider time)
    {
        var token = secrets.ForAlertSource(GenericWebhookParser.SourceName)?.Token ?? "<Alerts:generic:Token>";
        console.WriteLine($$"""

            The Microsoft 365 Agents Playground runs beside the bot (no Microsoft account); Ctrl+C stops both.
              Open {{page}} in a browser. Under Teams Channel open General, type @, pick Test Bot, add 'declare Checkout down sev2', Post.
              Or, with the page open, send an alert; its incident gets a thread in General:
              curl -X POST {{address}}/alerts/generic -H 'Authorization: Bearer {{token}}' -H 'Content-Type: application/json' \
                -d '{"title":"Checkout returns HTTP 500","service":"checkout","severity":"sev2","startsAt":"{{Now(time)}}"}'
            """);
    }

    /// <summary>
    /// The dashboard as a browser on this machine reaches it: a wildcard listen address (<c>http://+:5080</c>) is not
    /// one to open, and the page only answers a loopback name without sign-in (<see cref="Web.Access.DirectLocalRequest"/>).
    /// </summary>
    private static string DashboardAddress(string address) =>
        Uri.TryCreate(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal).Replace("://[::]", "://localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri)
            ? uri.GetLeftPart(UriPartial.Authority)
            : address;

    private static string Access(IServiceProvider services) =>
        services.GetRequiredService<IOptions<Web.WebOptions>>().Value.Admin.IsConfigured
            ? "elsewhere: sign in as Web:Admin:User"
            : "this machine only; set Web:Admin:User and Web:Admin:PasswordHash to sign in from elsewhere";

    private static string Now(TimeProvider time) => time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Which chat the bot talks to, so a bot that was meant for Slack does not sit quietly on the local workspace.</summary>
    private static string Platform(IServiceProvider services) => services.GetRequiredService<ActivePlatform>().Kind switch
    {
        Hosting.Platform.Local => "the local workspace (no chat accounts: act as people in the browser playground, or through /local/*)",
        Hosting.Platform.Slack when services.GetRequiredService<IOptions<SlackOptions>>().Value.UsesSocketMode => "Slack over Socket Mode",
        Hosting.Platform.Slack => "Slack over HTTP (/slack/commands, /slack/interactions, /slack/events)",
        Hosting.Platform.Teams when services.GetRequiredService<IOptions<TeamsOptions>>().Value.IsPlayground =>
            "Teams in Playground mode (no app registration: only the Agents Playground on this machine, at /api/messages)",
        Hosting.Platform.Teams => "Microsoft Teams (activities at /api/messages)",
        var other => other.ToString(),
    };
}
