using IncidentBot.Core.Chat;
using IncidentBot.Core.People;
using Microsoft.Extensions.Time.Testing;

namespace IncidentBot.Core.Tests.People;

/// <summary>Someone outside the roster who acts is named by the name they go by, now and after a restart.</summary>
public sealed class ChatActorsTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 6, 0, 0, TimeSpan.Zero));
    private readonly InMemoryGuestNameStore _stored = new();

    [Fact]
    public async Task Guest_IsNamedByTheirDisplayName_AndTheNameOutlivesARestart()
    {
        var people = new PeopleDirectory([new Person("ada", "Ada Mensah")]);
        var actors = new ChatActors(people, _stored, _time);

        var guest = await actors.FindAsync(new ChatUser("teams", "29:1stranger", "Sam Stranger"));

        Assert.Equal("29:1stranger", guest.Id);
        Assert.Equal("Sam Stranger", people.NameOf(guest.Id));
        var restarted = new PeopleDirectory([new Person("ada", "Ada Mensah")], _stored.LoadAll());
        Assert.Equal("Sam Stranger", restarted.NameOf("29:1stranger"));
        Assert.Null(restarted.Find("29:1stranger"));
    }

    [Fact]
    public async Task KnownPerson_IsThemselves_AndNothingIsStored()
    {
        var people = new PeopleDirectory([new Person("ada", "Ada Mensah", ChatIds: new Dictionary<string, string> { ["teams"] = "aad-ada" })]);

        var actor = await new ChatActors(people, _stored, _time).FindAsync(new ChatUser("teams", "aad-ada", "Ada (laptop)"));

        Assert.Equal("ada", actor.Id);
        Assert.Empty(_stored.LoadAll());
    }

    [Fact]
    public async Task GuestWhoseNameIsAlreadyKnown_IsNotWrittenAgain()
    {
        var people = new PeopleDirectory([]);
        var actors = new ChatActors(people, _stored, _time);

        await actors.FindAsync(new ChatUser("slack", "U07VISITOR", "Vera"));
        await actors.FindAsync(new ChatUser("slack", "U07VISITOR", "Vera"));
        await actors.FindAsync(new ChatUser("slack", "U07VISITOR", null));
        await actors.FindAsync(new ChatUser("slack", "U07VISITOR", "Vera Visitor"));

        Assert.Equal(2, _stored.Writes);
        Assert.Equal("Vera Visitor", people.NameOf("U07VISITOR"));
    }
}
