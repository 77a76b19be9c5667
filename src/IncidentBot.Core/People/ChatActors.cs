using IncidentBot.Core.Chat;
using IncidentBot.Core.Storage;

namespace IncidentBot.Core.People;

/// <summary>
/// Who a platform user is when they act: the configured person behind the account, else a guest under the platform's
/// id. A guest's name is remembered in the directory and the database, so the card ("Acknowledged by") and the
/// postmortem name them where they would otherwise show a platform id (<c>29:1f…</c>, <c>U07…</c>).
/// </summary>
public sealed class ChatActors(IPeopleDirectory people, IGuestNameStore guestNames, TimeProvider time)
{
    public async Task<Person> FindAsync(ChatUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (people.FindByChatId(user.Platform, user.UserId) is { } known)
        {
            return known;
        }

        if (!string.IsNullOrWhiteSpace(user.DisplayName) && people.GuestName(user.UserId) != user.DisplayName)
        {
            await guestNames.SaveAsync(user.UserId, user.DisplayName, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            people.RememberGuest(user.UserId, user.DisplayName);
        }

        return Person.Guest(user.UserId, user.DisplayName);
    }
}
