using System.Collections.Concurrent;
using IncidentBot.Core.People;
using IncidentBot.Slack.WebApi;

namespace IncidentBot.Slack.Outbound;

/// <summary>
/// Finds people's Slack accounts: a configured <c>ChatIds.slack</c>, else their email through
/// <c>users.lookupByEmail</c>; and Slack users' people through <c>users.info</c>'s email. An account found is
/// kept for the life of the process (and linked in the directory, so commands see the same person); "no
/// account" is asked again after <see cref="NotFoundRecheck"/>, so someone who joins Slack later gets paged.
/// </summary>
public sealed class SlackUserResolver(SlackApiClient slack, IPeopleDirectory people, TimeProvider time) : ISlackUserResolver
{
    public static readonly TimeSpan NotFoundRecheck = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, string> _slackIdByPerson = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _notFoundUntil = new(StringComparer.OrdinalIgnoreCase);

    public async Task<Person> PersonOfAsync(string slackUserId, string? displayName, CancellationToken cancellationToken = default)
    {
        if (people.FindByChatId(SlackOutboxKinds.Platform, slackUserId) is { } known)
        {
            return known;
        }

        SlackUser user;
        try
        {
            user = await slack.Users.InfoAsync(slackUserId, cancellationToken).ConfigureAwait(false);
        }
        catch (SlackApiException e) when (e.Error is "user_not_found" or "user_not_visible")
        {
            return Person.Guest(slackUserId, displayName);
        }

        var byEmail = user.Email is null ? null : people.All.FirstOrDefault(p => string.Equals(p.Email, user.Email, StringComparison.OrdinalIgnoreCase));
        if (byEmail is null)
        {
            return Person.Guest(slackUserId, user.RealName ?? user.Name ?? displayName);
        }

        people.Link(SlackOutboxKinds.Platform, slackUserId, byEmail.Id);
        _slackIdByPerson[byEmail.Id] = slackUserId;
        return byEmail;
    }

    public async Task<string?> SlackIdOfAsync(Person person, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (person.ChatIds is not null && person.ChatIds.TryGetValue(SlackOutboxKinds.Platform, out var configured))
        {
            return configured;
        }

        if (_slackIdByPerson.TryGetValue(person.Id, out var cached))
        {
            return cached;
        }

        if (person.Email is null || (_notFoundUntil.TryGetValue(person.Id, out var until) && time.GetUtcNow() < until))
        {
            return null;
        }

        try
        {
            var user = await slack.Users.LookupByEmailAsync(person.Email, cancellationToken).ConfigureAwait(false);
            people.Link(SlackOutboxKinds.Platform, user.Id, person.Id);
            return _slackIdByPerson[person.Id] = user.Id;
        }
        catch (SlackApiException e) when (e.Error == "users_not_found")
        {
            _notFoundUntil[person.Id] = time.GetUtcNow() + NotFoundRecheck;
            return null;
        }
    }
}
