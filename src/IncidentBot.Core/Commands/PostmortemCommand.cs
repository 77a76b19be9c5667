using IncidentBot.Core.Chat;
using IncidentBot.Core.Jobs;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Workflow;

namespace IncidentBot.Core.Commands;

/// <summary>
/// <c>/incident postmortem</c>: asks the channel to confirm what it found in the conversation and not asked about yet,
/// drafts the postmortem again from everything captured so far, and says where that revision will be readable whole
/// once drafted.
/// </summary>
public sealed class PostmortemCommand(IIncidentStore incidents, FindingsReview findings, IJobScheduler scheduler, IIncidentLinks links) : IIncidentCommand
{
    public string Name => "postmortem";

    public string Usage => "postmortem";

    public string Summary => "drafts the postmortem (again) now";

    public bool NeedsIncident => true;

    public async Task<ChatReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var incident = context.RequiredIncident;
        await findings.AskAsync(incident, cancellationToken).ConfigureAwait(false);
        var revision = incident.RequestPostmortem();
        await incidents.SaveAsync(incident, cancellationToken).ConfigureAwait(false);
        scheduler.EnqueuePostmortem(incident.Number, revision);
        return ChatReply.Of($"Drafting the {incident.Key} postmortem (draft {revision}); it will be posted here, and can be read whole at {links.ReportOf(incident.Number, revision).OriginalString}");
    }
}
