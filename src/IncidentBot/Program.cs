using IncidentBot.Core.Storage;
using IncidentBot.Drills;
using IncidentBot.Hosting;
using IncidentBot.Security;
using IncidentBot.Storage;

if (args is ["drill", .. var drillArguments])
{
    return await DrillCli.RunAsync(drillArguments, Console.Out, Console.Error);
}

// Configuration files ship next to the binary; the working directory is the caller's (data, drills).
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddIncidentBot();
var app = builder.Build();
try
{
    // The data folder becomes this process's before anything else touches it (see DataFolderLock).
    app.Services.GetRequiredService<IncidentDatabase>();
}
catch (DataFolderInUseException e)
{
    await Console.Error.WriteLineAsync(e.Message);
    return 1;
}
catch (StorageUnavailableException e)
{
    await Console.Error.WriteLineAsync($"The bot cannot start: its data file cannot take writes ({e.InnerException?.Message}). Free space on that disk, then start again.");
    return 1;
}

app.UseMiddleware<StorageUnavailableMiddleware>();
app.MapIncidentBot();
app.Services.GetRequiredService<SecretBook>();
app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app, Console.Out));
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the end-to-end tests' WebApplicationFactory.</summary>
public partial class Program;
