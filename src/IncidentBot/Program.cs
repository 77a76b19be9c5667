using IncidentBot.Drills;
using IncidentBot.Hosting;
using IncidentBot.Packaging;
using IncidentBot.Playground;
using IncidentBot.Storage;
using IncidentBot.Web.Access;

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

if (args is ["teams-playground", .. var playgroundArguments])
{
    return await TeamsPlaygroundCli.RunAsync(playgroundArguments, Console.Error);
}

if (args is ["hash-password"])
{
    return await HashPasswordCli.RunAsync(Console.In, Console.Out, Console.Error, interactive: !Console.IsInputRedirected);
}

return await BotHost.RunAsync(args);

/// <summary>The entry point, visible to the end-to-end tests' WebApplicationFactory.</summary>
public partial class Program;
