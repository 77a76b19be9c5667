namespace IncidentBot.Teams.Activities;

/// <summary>The activity types and names the bot tells apart (Activity Protocol, section per type).</summary>
public static class TeamsActivityTypes
{
    public const string Message = "message";
    public const string Invoke = "invoke";
    public const string MessageUpdate = "messageUpdate";
    public const string MessageDelete = "messageDelete";
    public const string MessageReaction = "messageReaction";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";

    /// <summary>The invoke of an <c>Action.Execute</c> button (Universal Actions).</summary>
    public const string AdaptiveCardAction = "adaptiveCard/action";

    /// <summary>The invoke of a message action opening: the manifest's "Add to timeline" arrives as this.</summary>
    public const string MessageActionFetchTask = "composeExtension/fetchTask";

    /// <summary>The <c>commandId</c> of the "Add to timeline" message action in <c>manifests/teams/manifest.json</c> (a test keeps them equal).</summary>
    public const string AddToTimelineCommandId = "addToTimeline";
}
