using System.Reflection;
using IncidentBot.Drills;
using IncidentBot.Hosting;
using IncidentBot.Packaging;
using IncidentBot.Storage;

if (args is ["drill", .. var drillArguments])
{
    return await DrillCli.RunAsync(drillArguments, Console.Out, Console.Error);
}

if (args is ["backup", .. var backupArguments])
{
    return await BackupCli.RunAsync(backupArguments, Console.Out, Console.Error);
}

if (args is ["teams-package", .. var packageArguments])
{
    return await TeamsPackageCli.RunAsync(packageArguments, Console.Out, Console.Error);
}

try
{
    // Configuration files ship next to the binary; the working directory is the caller's (data, drills).
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
    builder.AddIncidentBot();
    var app = builder.Build();

    // The data folder becomes this process's before anything else touches it (see DataFolderLock).
    app.Services.GetRequiredService<IncidentDatabase>();
    app.UseMiddleware<StorageUnavailableMiddleware>();
    app.MapIncidentBot();
    app.Lifetime.ApplicationStarted.Register(() =>
    {
        app.Services.GetRequiredService<StartupLogGate>().Open();
        StartupBanner.Print(app, Console.Out);
    });
    await app.RunAsync();
    return 0;
}
catch (Exception e) when (Assembly.GetEntryAssembly() == typeof(Program).Assembly && StartupFailure.Explain(e) is { } reason)
{
    // Told to the person who started the bot; run inside a test host, the exception is the test's to see.
    await Console.Error.WriteLineAsync(reason);
    return 1;
}

/// <summary>The entry point, visible to the end-to-end tests' WebApplicationFactory.</summary>
public partial class Program;
