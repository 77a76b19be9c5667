using System.Text.Json;
using Microsoft.Extensions.Primitives;

namespace IncidentBot.Slack.Inbound;

/// <summary>
/// Reads a <see cref="SlashCommand"/> from the fields Slack sends
/// (https://docs.slack.dev/interactivity/implementing-slash-commands#app_command_handling): the form of
/// <c>POST /slack/commands</c>, or the JSON payload of a Socket Mode <c>slash_commands</c> envelope.
/// </summary>
public static class SlashCommandParser
{
    /// <summary>The command, or null when a field every command has (command, user, channel, team) is missing.</summary>
    public static SlashCommand? FromForm(IReadOnlyDictionary<string, StringValues> form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return From(name => form.TryGetValue(name, out var values) && values.Count == 1 ? values.ToString() : null);
    }

    /// <inheritdoc cref="FromForm"/>
    public static SlashCommand? FromJson(JsonElement payload) => From(name => payload.String(name));

    private static SlashCommand? From(Func<string, string?> field)
    {
        if (field("command") is not { Length: > 0 } command
            || field("user_id") is not { Length: > 0 } userId
            || field("channel_id") is not { Length: > 0 } channelId
            || field("team_id") is not { Length: > 0 } teamId)
        {
            return null;
        }

        return new SlashCommand(
            command,
            field("text") ?? "",
            userId,
            NullIfEmpty(field("user_name")),
            channelId,
            NullIfEmpty(field("channel_name")),
            teamId,
            Uri.TryCreate(field("response_url"), UriKind.Absolute, out var responseUrl) ? responseUrl : null,
            NullIfEmpty(field("trigger_id")));
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
