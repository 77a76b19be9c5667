using Hangfire;
using Hangfire.AspNetCore;
using IncidentBot.Alerts;
using IncidentBot.Api;
using IncidentBot.Calendars;
using IncidentBot.Configuration;
using IncidentBot.Core;
using IncidentBot.Core.Alerts;
using IncidentBot.Core.Chat;
using IncidentBot.Core.Jobs;
using IncidentBot.Core.People;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Rollbacks;
using IncidentBot.Deploys;
using IncidentBot.Email;
using IncidentBot.Jobs;
using IncidentBot.Security;
using IncidentBot.Storage;
using IncidentBot.Web;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace IncidentBot.Hosting;

/// <summary>The composition root's services: options, core, storage, the active chat platform's module, deploy webhooks, Hangfire, the web face.</summary>
public static class HostServiceCollectionExtensions
{
    public static WebApplicationBuilder AddIncidentBot(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var configuration = builder.Configuration;
        var startupLog = new StartupLogGate();
        builder.Logging.AddFilter(StartupLogGate.HostCategory, startupLog.Allows);
        services.AddSingleton(startupLog);
        services.AddOptions<UrlsOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<UrlsOptions>, UrlsOptionsValidator>();

        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotOptions>, BotOptionsValidator>();
        services.AddOptions<RosterOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RosterOptions>, RosterOptionsValidator>();
        services.AddOptions<Dictionary<string, ServiceOptions>>().BindConfiguration("Services").ValidateOnStart();
        services.AddSingleton<IValidateOptions<Dictionary<string, ServiceOptions>>, ServiceOptionsValidator>();

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => IncidentSettingsFactory.Create(Options(sp).Bot, Options(sp).Roster, sp.GetRequiredService<ChatChannels>()));
        services.AddSingleton<IPeopleDirectory>(sp => IncidentSettingsFactory.People(Options(sp).Roster, sp.GetRequiredService<IGuestNameStore>()));
        var platform = ActivePlatform.From(configuration);
        services.AddSingleton(platform);
        services.AddChatPlatform(platform.Kind, sp => PublicAddress(sp, configuration));
        services.AddSingleton(sp => SecretBookFactory.Create(
            configuration, Options(sp).Bot, platform.IsLocal, AlertSourceGates.TokenSources, Console.Out));
        services.AddHostedService<SecretBookLoader>();
        services.AddAlertSources();

        services.AddIncidentCore();
        services.AddPostmortemModel(configuration);
        services.AddSingleton(sp => new ReportLinkSigner(sp.GetRequiredService<SecretBook>()));
        services.AddSingleton<IIncidentLinks>(sp => new ApiIncidentLinks(PublicAddress(sp, configuration), sp.GetRequiredService<ReportLinkSigner>()));
        services.AddOnCallCalendars(sp => PublicAddress(sp, configuration));

        // A request line carries the secret of a link it opens (a calendar token, a report signature): ASP.NET Core's
        // per-request log is kept below Information whatever the configuration says of Microsoft.AspNetCore.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", level => level >= LogLevel.Warning);
        services.AddIncidentStorage(configuration[$"{BotOptions.SectionName}:{nameof(BotOptions.DataFolder)}"] ?? new BotOptions().DataFolder);
        services.AddHostedService<BackupRequests>();

        services.AddDeploys(platform.IsLocal);
        services.AddReportEmail();

        // A storage and an activator of this host's own: left to AddHangfire, they would be the process-wide
        // JobStorage.Current and JobActivator.Current, and two hosts in one process would run each other's jobs.
        services.AddBotJobStorage(configuration);
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((sp, hangfire) => hangfire
            .UseLogProvider(new HangfireLogProvider(sp.GetRequiredService<ILoggerFactory>()))
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        // With an antiforgery service registered, the dashboard puts a token in its pages and refuses every change
        // (a POST) without it, so a page of another site open in a browser on this machine cannot post to it.
        services.AddAntiforgery();
        services.AddHangfireServer(server =>
        {
            // Jobs mostly wait on Slack (a channel, a page, a message): workers enough that a storm of new incidents
            // is set up side by side, not one Slack round trip after another.
            server.WorkerCount = 10;
            // A timer starts at the first poll after it is due: at most half a second late.
            server.SchedulePollingInterval = TimeSpan.FromMilliseconds(500);
        });
        services.AddSingleton<IJobScheduler, HangfireJobScheduler>();
        services.AddHostedService<StartupReconciliation>();
        services.AddHostedService<HandOffPlanning>();
        services.AddWebFace(configuration);
        return builder;
    }

    /// <summary>Where people reach the bot: <c>IncidentBot:PublicBaseUrl</c>, else the first address it listens on.</summary>
    private static Uri PublicAddress(IServiceProvider services, IConfiguration configuration) =>
        Options(services).Bot.PublicBaseUrl ?? new Uri(configuration["Urls"]?.Split(';')[0] ?? "http://127.0.0.1:5080");

    private static (BotOptions Bot, RosterOptions Roster) Options(IServiceProvider services) =>
        (services.GetRequiredService<IOptions<BotOptions>>().Value, services.GetRequiredService<IOptions<RosterOptions>>().Value);
}
