using IncidentBot.Core.People;

namespace IncidentBot.Slack;

/// <summary>
/// Maps between Slack users and the bot's people: a configured <c>ChatIds.slack</c> first, else the Slack
/// profile's email (<c>users.info</c> / <c>users.lookupByEmail</c>). Unknown Slack users become guests.
/// </summary>
public interface ISlackUserResolver
{
    Task<Person> PersonOfAsync(string slackUserId, string? displayName, CancellationToken cancellationToken = default);

    /// <summary>The Slack user id of a person, or null when Slack has no account for them.</summary>
    Task<string?> SlackIdOfAsync(Person person, CancellationToken cancellationToken = default);
}
