using System.Reflection;
using IncidentBot.Storage;

namespace IncidentBot.Hosting;

/// <summary>
/// Runs the bot until it is stopped: the host's default verb, and the one <c>teams-playground</c> runs with the
/// Agents Playground's services added. A mistake in setting it up is told in one line (<see cref="StartupFailure"/>).
/// </summary>
public static class BotHost
{
    /// <summary>Runs the bot with <paramref name="args"/> as its configuration; <paramref name="addServices"/> adds to the host's services.</summary>
    public static async Task<int> RunAsync(string[] args, Action<IServiceCollection>? addServices = null)
    {
        try
        {
            // Configuration files ship next to the binary; the working directory is the caller's (data, drills).
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
            builder.AddIncidentBot();
            addServices?.Invoke(builder.Services);
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
            await app.RunAsync().ConfigureAwait(false);
            return 0;
        }
        catch (Exception e) when (Assembly.GetEntryAssembly() == typeof(Program).Assembly && StartupFailure.Explain(e) is { } reason)
        {
            // Told to the person who started the bot; run inside a test host, the exception is the test's to see.
            await Console.Error.WriteLineAsync(reason).ConfigureAwait(false);
            return 1;
        }
    }
}
