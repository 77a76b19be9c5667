using System.Text;
using IncidentBot.Core.Chat;
using IncidentBot.Core.People;

namespace IncidentBot.Core.Commands;

/// <summary><c>/incident timeline</c>: shows the timeline so far, in local time.</summary>
public sealed class TimelineCommand(IPeopleDirectory people, IncidentSettings settings) : IIncidentCommand
{
    public string Name => "timeline";

    public string Usage => "timeline";

    public string Summary => "shows the timeline so far";

    public bool NeedsIncident => true;

    public Task<ChatReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var incident = context.RequiredIncident;
        var text = new StringBuilder($"*{incident.Key} timeline* ({settings.Zone.Label})\n");
        foreach (var entry in incident.Timeline)
        {
            text.Append(settings.Zone.FormatTime(entry.At)).Append("  ").Append(entry.Text);
            if (entry.By is not null)
            {
                text.Append(" (").Append(people.NameOf(entry.By)).Append(')');
            }

            text.Append('\n');
        }

        return Task.FromResult(ChatReply.Of(text.ToString().TrimEnd()));
    }
}
