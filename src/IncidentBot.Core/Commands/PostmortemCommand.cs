using IncidentBot.Core.Chat;
using IncidentBot.Core.Jobs;
using IncidentBot.Core.Storage;

namespace IncidentBot.Core.Commands;

/// <summary><c>/incident postmortem</c>: drafts the postmortem again from everything captured so far.</summary>
public sealed class PostmortemCommand(IIncidentStore incidents, IJobScheduler scheduler) : IIncidentCommand
{
    public string Name => "postmortem";

    public string Usage => "postmortem";

    public string Summary => "drafts the postmortem (again) now";

    public bool NeedsIncident => true;

    public async Task<ChatReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var incident = context.RequiredIncident;
        var revision = incident.RequestPostmortem();
        await incidents.SaveAsync(incident, cancellationToken).ConfigureAwait(false);
        scheduler.EnqueuePostmortem(incident.Number, revision);
        return ChatReply.Of($"Drafting the {incident.Key} postmortem; it will be posted here.");
    }
}
