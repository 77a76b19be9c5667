using IncidentBot.Core.Commands;
using IncidentBot.Core.People;

namespace IncidentBot.Core.Tests.Commands;

/// <summary>Who <c>@ada</c> or a platform mention names.</summary>
public sealed class MentionsTests
{
    private static readonly PeopleDirectory People = new(
    [
        new Person("ada", "Ada Mensah", ChatIds: new Dictionary<string, string> { ["slack"] = "U024BE7LH" }),
        new Person("kofi.b", "Kofi Boateng"),
    ]);

    [Theory]
    [InlineData("@ada", "local", "ada")]
    [InlineData("  @ADA ", "local", "ada")]
    [InlineData("@kofi.b", "slack", "kofi.b")]
    [InlineData("<@U024BE7LH>", "slack", "ada")]
    [InlineData("<@U024BE7LH|ada.mensah>", "slack", "ada")]
    [InlineData("<@kofi.b>", "local", "kofi.b")]
    public void Resolve_MentionOfAKnownPerson_FindsThem(string token, string platform, string personId)
    {
        Assert.Equal(personId, Mentions.Resolve(token, platform, People)?.Id);
    }

    [Theory]
    [InlineData("@nobody", "local")]
    [InlineData("ada", "local")]
    [InlineData("@ada @kofi.b", "local")]
    [InlineData("@ada please", "local")]
    [InlineData("<@U024BE7LH>", "teams")]
    [InlineData("<@U024BE7LH", "slack")]
    [InlineData("", "local")]
    [InlineData("@", "local")]
    public void Resolve_NoSingleKnownPerson_ReturnsNull(string token, string platform)
    {
        Assert.Null(Mentions.Resolve(token, platform, People));
    }
}
