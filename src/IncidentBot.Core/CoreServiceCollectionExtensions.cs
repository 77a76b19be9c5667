using IncidentBot.Core.Alerts;
using IncidentBot.Core.Commands;
using IncidentBot.Core.Jobs;
using IncidentBot.Core.People;
using IncidentBot.Core.Postmortems;
using IncidentBot.Core.Rollbacks;
using IncidentBot.Core.Workflow;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IncidentBot.Core;

/// <summary>Wires the core: use cases, commands, button handlers, alert parsers and jobs.</summary>
public static class CoreServiceCollectionExtensions
{
    /// <summary>
    /// Adds the core services. The caller registers the ports: stores, <see cref="Chat.IChatPlatform"/>,
    /// <see cref="IJobScheduler"/>, <see cref="IDeploySystem"/>, <see cref="Chat.IIncidentLinks"/>, <see cref="TimeProvider"/>,
    /// <see cref="IncidentSettings"/> and <see cref="IPeopleDirectory"/>.
    /// </summary>
    public static IServiceCollection AddIncidentCore(this IServiceCollection services)
    {
        services.AddSingleton<IncidentLocks>();
        services.AddSingleton<IncidentChannel>();
        services.AddSingleton<IncidentResponse>();
        services.AddSingleton<IncidentGate>();
        services.AddSingleton<OnCall.OnCallRoster>();
        services.AddSingleton<OnCall.Calendar.CalendarFeeds>();
        services.AddSingleton<OnCall.Calendar.OnCallCalendar>();
        // A host that serves feeds registers its own links (after or before this); without one, there are none.
        services.TryAddSingleton<OnCall.Calendar.ICalendarLinks, OnCall.Calendar.UnservedCalendarLinks>();
        services.AddSingleton<OnCallChanges>();
        services.AddSingleton<Pager>();
        services.AddSingleton<Outbox.IRefusedDeliveries, RefusedMessages>();
        services.AddSingleton<AlertIntake>();
        services.AddSingleton<ChangeIntake>();
        services.AddSingleton<ChatActors>();
        services.AddSingleton<TranscriptCapture>();
        services.AddSingleton<RollbackDesk>();
        services.AddSingleton<RollbackCompletion>();
        services.AddSingleton<PostmortemDrafter>();
        services.AddSingleton<PostmortemComposer>();
        services.AddSingleton<PostmortemApprovals>();
        services.TryAddSingleton<IReportMailer, NoReportMailer>();

        services.AddSingleton<IAlertParser, AlertmanagerParser>();
        services.AddSingleton<IAlertParser, GrafanaParser>();
        services.AddSingleton<IAlertParser, GenericWebhookParser>();
        services.AddSingleton<IAlertParser, DatadogParser>();
        services.AddSingleton<IAlertParser, AzureMonitorParser>();
        services.AddSingleton<IAlertParser, CloudWatchParser>();
        services.AddSingleton<IAlertParser, PagerDutyParser>();
        services.AddSingleton<AlertParserCatalog>();

        AddCommand<DeclareCommand>(services);
        AddCommand<AckCommand>(services);
        AddCommand<NoteCommand>(services);
        AddCommand<RollbackCommand>(services);
        AddCommand<SeverityCommand>(services);
        AddCommand<LeadCommand>(services);
        AddCommand<PageCommand>(services);
        AddCommand<UpdateCommand>(services);
        AddCommand<RootCauseCommand>(services);
        AddCommand<FollowUpCommand>(services);
        AddCommand<MitigatedCommand>(services);
        AddCommand<ResolveCommand>(services);
        AddCommand<ReopenCommand>(services);
        AddCommand<TimelineCommand>(services);
        AddCommand<PostmortemCommand>(services);
        AddCommand<OnCallCommand>(services);
        services.AddSingleton<FindingPrompts>();
        services.AddSingleton<FindingsReview>();
        services.AddSingleton<IButtonHandler, FindingButtons>();
        services.AddSingleton<CommandRouter>();
        services.AddSingleton<ButtonRouter>();

        services.AddTransient<IncidentSetupJob>();
        services.AddTransient<EscalationJob>();
        services.AddSingleton<EscalationTimer>();
        services.AddTransient<RollbackJob>();
        services.AddTransient<RollbackTimeoutJob>();
        services.AddTransient<OutboxJob>();
        services.AddSingleton<Outbox.OutboxLanes>();
        services.AddSingleton<Outbox.OutboxWakeups>();
        services.AddSingleton<Outbox.OutboxWriter>();
        services.AddTransient<UpdateReminderJob>();
        services.AddTransient<PostmortemJob>();
        services.AddTransient<TimerReconciler>();
        services.AddSingleton<HandOffLocks>();
        services.AddSingleton<ShiftChangePages>();
        services.AddTransient<HandOffJob>();
        services.AddSingleton<HandOffPlanner>();
        return services;
    }

    private static void AddCommand<TCommand>(IServiceCollection services)
        where TCommand : class, IIncidentCommand
    {
        services.AddSingleton<TCommand>();
        services.AddSingleton<IIncidentCommand>(sp => sp.GetRequiredService<TCommand>());
        if (typeof(IButtonHandler).IsAssignableFrom(typeof(TCommand)))
        {
            services.AddSingleton(sp => (IButtonHandler)sp.GetRequiredService<TCommand>());
        }
    }
}
