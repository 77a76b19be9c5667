using IncidentBot.Drills;
using IncidentBot.Hosting;
using IncidentBot.Security;

if (args is ["drill", .. var drillArguments])
{
    return await DrillCli.RunAsync(drillArguments, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddIncidentBot();
var app = builder.Build();
app.MapIncidentBot();
app.Services.GetRequiredService<SecretBook>();
app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app, Console.Out));
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the end-to-end tests' WebApplicationFactory.</summary>
public partial class Program;
