using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentBot.Api;
using IncidentBot.Core.People;
using IncidentBot.Core.Postmortems;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Time;
using IncidentBot.Local;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentBot.Drills;

/// <summary>
/// Writes what a drill produced: <c>incidents.json</c>, and per incident <c>postmortem-N.md</c> (drafted now,
/// at the end of the drill), <c>transcript-N.md</c> and <c>messages-N.json</c> (the bot's messages in the incident
/// channel as the drill's platform adapter renders them: Block Kit for Slack, Adaptive Cards for Teams), and
/// <c>direct-messages.md</c>: what the bot sent people one to one (pages, on-call hand-offs, reports), in order.
/// </summary>
public static class DrillOutput
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static async Task<IReadOnlyDictionary<string, string>> RenderAsync(IServiceProvider services, DisplayZone zone, CancellationToken cancellationToken = default)
    {
        var incidents = (await services.GetRequiredService<IIncidentStore>().ListAsync(cancellationToken).ConfigureAwait(false)).OrderBy(i => i.Number).ToList();
        var composer = services.GetRequiredService<PostmortemComposer>();
        var workspace = services.GetRequiredService<LocalWorkspace>();
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["incidents.json"] = JsonSerializer.Serialize(incidents.Select(IncidentJson.From), ApiJson.Options) + "\n",
        };
        foreach (var incident in incidents)
        {
            var number = incident.Number.ToString(CultureInfo.InvariantCulture);
            files[$"postmortem-{number}.md"] = await composer.DraftAsync(incident, cancellationToken).ConfigureAwait(false);
            files[$"transcript-{number}.md"] = Transcript(workspace, incident.State.ChannelId, incident.State.ChannelName, zone);
            files[$"messages-{number}.json"] = Rendered(workspace, incident.State.ChannelId, services.GetRequiredService<IDrillSurface>());
        }

        files["direct-messages.md"] = DirectMessages(workspace, services.GetRequiredService<IPeopleDirectory>(), zone);
        return files;
    }

    /// <summary>Writes all files to a staging folder first, then moves them in, so a failed drill leaves nothing half-written.</summary>
    public static void Write(string directory, IReadOnlyDictionary<string, string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        Directory.CreateDirectory(directory);
        var staging = Directory.CreateDirectory(Path.Combine(directory, $".staging-{Guid.NewGuid():N}"));
        try
        {
            foreach (var (name, content) in files)
            {
                File.WriteAllText(Path.Combine(staging.FullName, name), content, new UTF8Encoding(false));
            }

            foreach (var name in files.Keys)
            {
                File.Move(Path.Combine(staging.FullName, name), Path.Combine(directory, name), overwrite: true);
            }
        }
        finally
        {
            staging.Delete(recursive: true);
        }
    }

    /// <summary>The bot's messages in the channel, each as the platform adapter would send it.</summary>
    private static string Rendered(LocalWorkspace workspace, string? channelId, IDrillSurface surface)
    {
        var messages = channelId is null ? [] : workspace.MessagesOf(channelId).Where(m => m.Sent is not null);
        var rendered = new JsonArray([.. messages.Select(m => new JsonObject
        {
            ["message"] = m.Id, ["at"] = m.At.ToString("O", CultureInfo.InvariantCulture), ["platform"] = surface.Name, ["payload"] = surface.Render(m.Sent!),
        })]);
        return rendered.ToJsonString(Indented) + "\n";
    }

    /// <summary>Every direct message the bot sent, oldest first, each with who it went to; escaped as the transcripts are.</summary>
    private static string DirectMessages(LocalWorkspace workspace, IPeopleDirectory people, DisplayZone zone)
    {
        var text = new StringBuilder("# Direct messages (").Append(MarkdownText.Escape(zone.Label)).Append(")\n\n");
        var sent = workspace.Channels.Where(c => c.IsDirect)
            .SelectMany(c => workspace.MessagesOf(c.Id).Where(m => m.AuthorId is null).Select(m => (To: c.PersonId!, Message: m)))
            .OrderBy(d => d.Message.Sequence);
        foreach (var (to, message) in sent)
        {
            text.Append("**").Append(SpokenTimes.Format(message.At, zone)).Append(" → ").Append(MarkdownText.Escape(people.NameOf(to))).Append("**\n");
            text.Append(MarkdownText.Escape(message.Text.Trim())).Append('\n');
            foreach (var button in message.Buttons)
            {
                text.Append(MarkdownText.Escape($"[{button.Label}]")).Append(' ');
            }

            text.Append(message.Buttons.Count > 0 ? "\n\n" : "\n");
        }

        return text.ToString();
    }

    /// <summary>The channel's messages as Markdown; what people and alerts wrote is escaped, so it reads as typed and cannot add markup or links.</summary>
    private static string Transcript(LocalWorkspace workspace, string? channelId, string? channelName, DisplayZone zone)
    {
        var text = new StringBuilder().Append("# #").Append(MarkdownText.Escape(channelName ?? "(no channel)")).Append(" — transcript (").Append(MarkdownText.Escape(zone.Label)).Append(")\n\n");
        if (channelId is null || workspace.FindChannel(channelId) is null)
        {
            return text.ToString();
        }

        foreach (var message in workspace.MessagesOf(channelId))
        {
            text.Append("<a id=\"m").Append(message.Id).Append("\"></a>**").Append(zone.FormatTime(message.At)).Append(' ').Append(MarkdownText.Escape(message.AuthorName)).Append("**");
            if (message.VisibleTo is { } only)
            {
                text.Append(" _(only visible to ").Append(MarkdownText.Escape(only)).Append(")_");
            }

            text.Append(" · message ").Append(message.Id).Append('\n');
            text.Append(MarkdownText.Escape(message.Text.Trim())).Append('\n');
            foreach (var button in message.Buttons)
            {
                text.Append(MarkdownText.Escape($"[{button.Label}]")).Append(' ');
            }

            foreach (var attachment in message.Attachments)
            {
                text.Append("📎 ").Append(MarkdownText.Escape(attachment)).Append(' ');
            }

            text.Append(message.Buttons.Count + message.Attachments.Count > 0 ? "\n\n" : "\n");
        }

        return text.ToString();
    }
}
