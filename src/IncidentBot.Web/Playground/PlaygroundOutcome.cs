namespace IncidentBot.Web.Playground;

/// <summary>What an action in the playground did, in one line for the person who acted.</summary>
/// <param name="Done">False when it was refused (the line says why); the page then answers 400.</param>
/// <param name="Message">The bot's reply or what happened.</param>
/// <param name="ChannelName">The name of the channel to show next (the incident's, after a sample alert); null to stay.</param>
public sealed record PlaygroundOutcome(bool Done, string Message, string? ChannelName = null)
{
    public static PlaygroundOutcome Refused(string why) => new(false, why);
}
