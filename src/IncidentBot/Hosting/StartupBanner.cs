using IncidentBot.Core.Alerts;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace IncidentBot.Hosting;

/// <summary>Tells a newcomer where to send an alert once the bot listens.</summary>
public static class StartupBanner
{
    public static void Print(WebApplication app, TextWriter console)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(console);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://127.0.0.1:5080";
        var sources = string.Join(", ", app.Services.GetRequiredService<AlertParserCatalog>().Sources);
        console.WriteLine($"""
            IncidentBot is listening on {address}
              Send an alert:   POST {address}/alerts/<source>   (sources: {sources}; header 'Authorization: Bearer <Alerts:<source>:Token>')
              Record a deploy: POST {address}/changes            (header 'Authorization: Bearer <Changes:Token>')
              Read incidents:  GET  {address}/api/incidents      (header 'Authorization: Bearer <IncidentBot:ApiToken>')
            """);
    }
}
