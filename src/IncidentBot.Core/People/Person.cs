namespace IncidentBot.Core.People;

/// <summary>Someone the bot knows: a responder, an on-call engineer, a manager.</summary>
/// <param name="Id">Stable id used in configuration, timelines and drills.</param>
/// <param name="Name">Display name.</param>
/// <param name="Email">Used by platforms to find the person's account, if set.</param>
/// <param name="ChatIds">The person's user id on each platform, by platform name (<c>slack</c>, <c>teams</c>, <c>local</c>).</param>
public sealed record Person(string Id, string Name, string? Email = null, IReadOnlyDictionary<string, string>? ChatIds = null)
{
    /// <summary>A chat user the directory does not know, kept under the platform's id.</summary>
    public static Person Guest(string platformUserId, string? displayName) => new(platformUserId, displayName ?? platformUserId);
}
