using IncidentBot.Core.Commands;
using IncidentBot.Core.People;

namespace IncidentBot.Core.Tests.Commands;

/// <summary>Who <c>@ada</c> or a platform mention names.</summary>
public sealed class MentionsTests
{
    private const string AdaTeamsId = "29:1GcS4EyB_oSI8A88XmWBN7NJFyMqe3QG-nJdgLfFGkJ";

    private static readonly PeopleDirectory People = new(
    [
        new Person("ada", "Ada Mensah", ChatIds: new Dictionary<string, string> { ["slack"] = "U024BE7LH", ["teams"] = AdaTeamsId }),
        new Person("kofi.b", "Kofi Boateng", ChatIds: new Dictionary<string, string> { ["teams"] = "00000000-0000-0000-0000-0000000k0f10" }),
    ]);

    [Theory]
    [InlineData("@ada", "local", "ada")]
    [InlineData("  @ADA ", "local", "ada")]
    [InlineData("@kofi.b", "slack", "kofi.b")]
    [InlineData("<@U024BE7LH>", "slack", "ada")]
    [InlineData("<@U024BE7LH|ada.mensah>", "slack", "ada")]
    [InlineData("<@kofi.b>", "local", "kofi.b")]
    [InlineData("<@" + AdaTeamsId + "|Ada Mensah>", "teams", "ada")]
    [InlineData("<@" + AdaTeamsId + ">", "teams", "ada")]
    [InlineData("<@00000000-0000-0000-0000-0000000k0f10|Kofi Boateng>", "teams", "kofi.b")]
    [InlineData("@ada", "teams", "ada")]
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
    [InlineData("<@29:unknown0000|Stranger>", "teams")]
    [InlineData("<@" + AdaTeamsId + "|Ada Mensah> <@29:x>", "teams")]
    [InlineData("<@" + AdaTeamsId + "|Ada Mensah>", "slack")]
    [InlineData("<@29:U024BE7LH>", "slack")]
    [InlineData("<@8:orgid:" + AdaTeamsId + ">", "teams")]
    [InlineData("@29:ada", "teams")]
    public void Resolve_NoSingleKnownPerson_ReturnsNull(string token, string platform)
    {
        Assert.Null(Mentions.Resolve(token, platform, People));
    }

    [Fact]
    public void Resolve_PrefixedId_IsLookedUpAmongTheAccountsOfThePlatformItCameFrom()
    {
        var eve = new PeopleDirectory([new Person("eve", "Eve", ChatIds: new Dictionary<string, string> { ["teams"] = "29:U1" })]);

        Assert.Equal("eve", Mentions.Resolve("<@29:U1|Eve>", "teams", eve)?.Id);
        Assert.Null(Mentions.Resolve("<@29:U1|Eve>", "slack", eve));
    }

    [Fact]
    public void Unknown_MentionOfSomeoneNotInThePeople_SaysSoByName()
    {
        var answer = Mentions.Unknown("<@29:unknown0000|Sam Stranger>", "lead @user");

        Assert.StartsWith("Sam Stranger is not one of IncidentBot's people", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("29:", answer, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_PlainName_GivesTheUsage()
    {
        Assert.Equal("I don't know who `@nobody` is. Usage: `/incident lead @user`", Mentions.Unknown(" @nobody ", "lead @user"));
    }
}
