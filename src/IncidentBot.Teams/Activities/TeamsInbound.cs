using System.Text.Json;

namespace IncidentBot.Teams.Activities;

/// <summary>
/// Tells what an inbound <see cref="TeamsActivity"/> is and reads what the bot needs of it: a command, a card button
/// press (by <c>Action.Execute</c> or its <c>Action.Submit</c> fallback, one result either way), an edit or delete, a
/// reaction, an install or membership change. Each reader gives null for an activity that is not of its kind or
/// lacks what the bot needs (who, where), so a half-formed activity is skipped rather than half-handled.
/// </summary>
public static class TeamsInbound
{
    /// <summary>What Slack users type by habit before the subcommand; dropped from a Teams command.</summary>
    public const string SlashCommand = "/incident";

    public static TeamsActivityKind KindOf(TeamsActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Type switch
        {
            TeamsActivityTypes.Message when IsSubmit(activity) => TeamsActivityKind.CardPress,
            TeamsActivityTypes.Message => TeamsActivityKind.Message,
            TeamsActivityTypes.Invoke when activity.Name == TeamsActivityTypes.AdaptiveCardAction => TeamsActivityKind.CardPress,
            TeamsActivityTypes.Invoke => TeamsActivityKind.OtherInvoke,
            TeamsActivityTypes.MessageUpdate or TeamsActivityTypes.MessageDelete => TeamsActivityKind.MessageChange,
            TeamsActivityTypes.MessageReaction => TeamsActivityKind.Reaction,
            TeamsActivityTypes.ConversationUpdate => TeamsActivityKind.ConversationUpdate,
            TeamsActivityTypes.InstallationUpdate => TeamsActivityKind.InstallationUpdate,
            _ => TeamsActivityKind.Other,
        };
    }

    /// <summary>
    /// The command in a message: in a 1:1 chat its whole text, elsewhere only when it @mentions the bot (the bot is
    /// the activity's recipient; <paramref name="botAppId"/>, when given, is accepted as <c>28:{appId}</c> too). A
    /// leading <c>/incident</c> is dropped. Null for other messages, which are conversation, not commands.
    /// </summary>
    public static TeamsCommand? ReadCommand(TeamsActivity activity, string? botAppId = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (KindOf(activity) != TeamsActivityKind.Message || activity.Text is not { } text || !HasWhoAndWhere(activity))
        {
            return null;
        }

        var (read, mentionsBot, mentions) = TeamsCommandText.Read(text, activity.EntitiesOrEmpty, id => IsBot(activity, id, botAppId));
        if (!mentionsBot && !activity.IsPersonal)
        {
            return null;
        }

        return new TeamsCommand(activity, WithoutSlashCommand(read), mentions);
    }

    /// <summary>The card button pressed, by either route; null for any other activity.</summary>
    public static TeamsCardPress? ReadCardPress(TeamsActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (KindOf(activity) != TeamsActivityKind.CardPress || !HasWhoAndWhere(activity) || activity.Value is not { } value)
        {
            return null;
        }

        if (activity.Type == TeamsActivityTypes.Message)
        {
            return new TeamsCardPress(activity, TeamsCardPressKind.Submit, null, String(value, "actionId"), String(value, "value") ?? "", value, activity.ReplyToId);
        }

        if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var verb = String(action, "verb");
        JsonElement? data = action.TryGetProperty("data", out var found) && found.ValueKind == JsonValueKind.Object ? found : null;
        var actionId = (data is { } d ? String(d, "actionId") : null) ?? verb;
        var buttonValue = (data is { } v ? String(v, "value") : null) ?? "";
        return new TeamsCardPress(activity, TeamsCardPressKind.Execute, verb, actionId, buttonValue, data, activity.ReplyToId);
    }

    /// <summary>
    /// A message action run on a message (<c>composeExtension/fetchTask</c> with <c>commandContext</c> <c>message</c>);
    /// null for any other activity or one without the message's id. Answer it in the HTTP response.
    /// </summary>
    public static TeamsMessageAction? ReadMessageAction(TeamsActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Type != TeamsActivityTypes.Invoke || activity.Name != TeamsActivityTypes.MessageActionFetchTask || !HasWhoAndWhere(activity)
            || activity.Value is not { ValueKind: JsonValueKind.Object } value || String(value, "commandContext") != "message"
            || String(value, "commandId") is not { Length: > 0 } commandId
            || !value.TryGetProperty("messagePayload", out var message) || String(message, "id") is not { Length: > 0 } messageId)
        {
            return null;
        }

        var body = message.TryGetProperty("body", out var found) ? found : default;
        var content = String(body, "content") ?? "";
        var text = String(body, "contentType") == "html" ? TeamsHtml.ToText(content) : content.Trim();
        var user = message.TryGetProperty("from", out var from) && from.ValueKind == JsonValueKind.Object && from.TryGetProperty("user", out var u) ? u : default;
        var writtenAt = DateTimeOffset.TryParse(String(message, "createdDateTime"), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at) ? at : (DateTimeOffset?)null;
        var link = Uri.TryCreate(String(message, "linkToMessage"), UriKind.Absolute, out var l) && l.Scheme == Uri.UriSchemeHttps ? l : null;
        return new TeamsMessageAction(activity, commandId, messageId, text, String(user, "id"), String(user, "displayName"), writtenAt, link);
    }

    /// <summary>An edit, undelete or delete of a message; null for any other activity or one without the message's id.</summary>
    public static TeamsMessageChange? ReadMessageChange(TeamsActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Id is not { Length: > 0 } id || activity.Conversation?.Id is not { Length: > 0 })
        {
            return null;
        }

        return activity.Type switch
        {
            TeamsActivityTypes.MessageDelete => new TeamsMessageChange(activity, TeamsMessageChangeKind.Deleted, id, null),
            TeamsActivityTypes.MessageUpdate when activity.ChannelData?.EventType == "undeleteMessage" =>
                new TeamsMessageChange(activity, TeamsMessageChangeKind.Undeleted, id, activity.Text),
            TeamsActivityTypes.MessageUpdate => new TeamsMessageChange(activity, TeamsMessageChangeKind.Edited, id, activity.Text),
            _ => null,
        };
    }

    /// <summary>Reactions added to or removed from one of the bot's messages; null for any other activity.</summary>
    public static TeamsReaction? ReadReaction(TeamsActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Type != TeamsActivityTypes.MessageReaction || activity.ReplyToId is not { Length: > 0 } messageId || !HasWhoAndWhere(activity))
        {
            return null;
        }

        return new TeamsReaction(activity, messageId, Types(activity.ReactionsAdded), Types(activity.ReactionsRemoved));
    }

    /// <summary>An install, uninstall or membership change; null for any other activity.</summary>
    public static TeamsConversationEvent? ReadConversationEvent(TeamsActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Type is not (TeamsActivityTypes.ConversationUpdate or TeamsActivityTypes.InstallationUpdate) || activity.Conversation?.Id is not { Length: > 0 })
        {
            return null;
        }

        var added = activity.MembersAdded ?? [];
        var removed = activity.MembersRemoved ?? [];
        var installed = activity.Type == TeamsActivityTypes.InstallationUpdate;
        var botAdded = installed ? activity.Action is "add" or "add-upgrade" : added.Any(m => m.Id is { } id && IsBot(activity, id, null));
        var botRemoved = installed ? activity.Action is "remove" or "remove-upgrade" : removed.Any(m => m.Id is { } id && IsBot(activity, id, null));
        return new TeamsConversationEvent(activity, activity.ChannelData?.EventType, botAdded, botRemoved, added, removed);
    }

    /// <summary>An <c>Action.Submit</c> press: a message carrying the button's data as an object value and no text.</summary>
    private static bool IsSubmit(TeamsActivity activity) =>
        activity.Value is { ValueKind: JsonValueKind.Object } && string.IsNullOrWhiteSpace(activity.Text);

    private static bool HasWhoAndWhere(TeamsActivity activity) =>
        activity.From?.Id is { Length: > 0 } && activity.Conversation?.Id is { Length: > 0 };

    private static bool IsBot(TeamsActivity activity, string id, string? botAppId) =>
        string.Equals(id, activity.Recipient?.Id, StringComparison.OrdinalIgnoreCase)
        || (botAppId is { Length: > 0 } && (string.Equals(id, botAppId, StringComparison.OrdinalIgnoreCase) || string.Equals(id, "28:" + botAppId, StringComparison.OrdinalIgnoreCase)));

    private static string WithoutSlashCommand(string text) =>
        text.StartsWith(SlashCommand, StringComparison.OrdinalIgnoreCase) && (text.Length == SlashCommand.Length || char.IsWhiteSpace(text[SlashCommand.Length]))
            ? text[SlashCommand.Length..].Trim()
            : text;

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var found) && found.ValueKind == JsonValueKind.String ? found.GetString() : null;

    private static List<string> Types(IReadOnlyList<TeamsReactionType>? reactions) =>
        [.. (reactions ?? []).Select(r => r.Type).OfType<string>()];
}
