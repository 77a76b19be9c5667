namespace IncidentBot.Teams.Activities;

/// <summary>What an inbound activity is to the bot; <see cref="TeamsInbound.KindOf"/> tells.</summary>
public enum TeamsActivityKind
{
    /// <summary>A message people wrote (a command when it mentions the bot or is in a 1:1 chat).</summary>
    Message,

    /// <summary>A card button pressed (<c>Action.Execute</c> invoke or <c>Action.Submit</c> message).</summary>
    CardPress,

    /// <summary>Another invoke (a message action, a search…): it still needs an HTTP answer.</summary>
    OtherInvoke,

    MessageChange,

    Reaction,

    ConversationUpdate,

    InstallationUpdate,

    /// <summary>Typing, events and the rest: acknowledged, nothing done.</summary>
    Other,
}
