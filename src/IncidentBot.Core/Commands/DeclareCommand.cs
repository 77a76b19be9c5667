using IncidentBot.Core.Chat;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Jobs;
using IncidentBot.Core.Storage;

namespace IncidentBot.Core.Commands;

/// <summary><c>/incident declare &lt;title&gt; [sev]</c>: opens an incident by hand, without an alert.</summary>
public sealed class DeclareCommand(IIncidentStore incidents, IJobScheduler scheduler) : IIncidentCommand
{
    public string Name => "declare";

    public string Usage => "declare <title> [sev1|sev2|sev3|sev4]";

    public string Summary => "opens a new incident (default sev2)";

    public bool NeedsIncident => false;

    public async Task<ChatReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var title = context.Arguments;
        var severity = Severity.Sev2;
        var lastSpace = title.LastIndexOf(' ');
        var lastWord = title[(lastSpace + 1)..];
        // Only "sev3" ends a title as its severity: "db 3" or "outage of s3" are titles.
        if (lastSpace > 0 && lastWord.StartsWith("sev", StringComparison.OrdinalIgnoreCase) && SeverityNames.TryParse(lastWord, out var named))
        {
            (title, severity) = (title[..lastSpace].TrimEnd(), named);
        }

        if (title.Length == 0 || SeverityNames.TryParse(title, out _))
        {
            return ChatReply.Of($"Usage: `/incident {Usage}`");
        }

        var incident = Incident.Open(title, severity, service: null, context.At, context.At, context.Actor.Id);
        incident.Record(TimelineKind.StatusUpdate, $"Declared by {context.Actor.Name}", context.At, context.Actor.Id);
        await incidents.AddAsync(incident, cancellationToken).ConfigureAwait(false);
        scheduler.EnqueueIncidentSetup(incident.Number);
        return ChatReply.Of($"Declared {incident.Key} ({severity.ToWireName()}): {title}. Its channel is being opened.");
    }
}
