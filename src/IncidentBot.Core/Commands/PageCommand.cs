using System.Globalization;
using IncidentBot.Core.Chat;
using IncidentBot.Core.Jobs;
using IncidentBot.Core.People;
using IncidentBot.Core.Workflow;

namespace IncidentBot.Core.Commands;

/// <summary>
/// <c>/incident page @user|&lt;level&gt;</c>: pages a person, or a level of the escalation policy, by hand. Paging a
/// level beyond the last one paged moves the escalation on from there: the next level follows if nobody acknowledges.
/// </summary>
public sealed class PageCommand(IncidentResponse response, Pager pager, EscalationTimer escalation, IPeopleDirectory people, IncidentSettings settings) : IIncidentCommand
{
    public string Name => "page";

    public string Usage => "page @user|<level>";

    public string Summary => "pages a person or an on-call level now";

    public bool NeedsIncident => true;

    public async Task<ChatReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var incident = context.RequiredIncident;
        var pagedLevel = incident.State.PagedLevel;
        if (int.TryParse(context.Arguments, NumberStyles.None, CultureInfo.InvariantCulture, out var level))
        {
            if (level < 1 || level > settings.Escalation.LevelCount)
            {
                return ChatReply.Of($"There are {settings.Escalation.LevelCount} on-call levels; pick 1 to {settings.Escalation.LevelCount}.");
            }

            await pager.PageLevelAsync(incident, level, context.At, escalation: false, cancellationToken).ConfigureAwait(false);
        }
        else if (Mentions.Resolve(context.Arguments, context.User.Platform, people) is { } person)
        {
            await pager.PagePersonAsync(incident, person, context.Actor.Id, context.At, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            return ChatReply.Of(context.Arguments.Length == 0
                ? $"Usage: `/incident {Usage}`"
                : Mentions.Unknown(context.Arguments, Usage));
        }

        var text = incident.LastRecorded!.Text;
        await response.CommitAsync(incident, $"{text} (by {context.Actor.Name})", cancellationToken).ConfigureAwait(false);
        if (incident.State.PagedLevel > pagedLevel)
        {
            escalation.Continue(incident, context.At);
        }

        return ChatReply.Of(text + ".");
    }
}
