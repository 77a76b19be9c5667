using IncidentBot.Core.People;

namespace IncidentBot.Core.Tests.People;

/// <summary>A person linked to a platform account by a platform (through their email) is reachable by it from then on.</summary>
public sealed class PeopleDirectoryTests
{
    [Fact]
    public void Link_PersonWithoutAnIdThere_CarriesTheFirstLinkedAccountWhereverTheyAreFound()
    {
        var people = new PeopleDirectory([new Person("grace", "Grace Hopper", Email: "grace@example.com")]);

        people.Link("teams", "00000000-0000-0000-0000-00000000gr4c", "grace");
        people.Link("teams", "29:grace", "grace");

        Assert.Equal("00000000-0000-0000-0000-00000000gr4c", people.Find("grace")!.ChatIds!["teams"]);
        Assert.Equal("00000000-0000-0000-0000-00000000gr4c", people.All.Single().ChatIds!["teams"]);
        Assert.Equal("grace", people.FindByChatId("teams", "29:grace")?.Id);
        Assert.Equal("grace@example.com", people.FindByChatId("teams", "00000000-0000-0000-0000-00000000gr4c")?.Email);
    }

    [Fact]
    public void Link_PersonWithAConfiguredId_KeepsIt()
    {
        var people = new PeopleDirectory([new Person("ada", "Ada", ChatIds: new Dictionary<string, string> { ["teams"] = "aad-ada", ["slack"] = "U1" })]);

        people.Link("teams", "29:ada", "ada");

        Assert.Equal("aad-ada", people.Find("ada")!.ChatIds!["teams"]);
        Assert.Equal("U1", people.Find("ada")!.ChatIds!["slack"]);
        Assert.Equal("ada", people.FindByChatId("teams", "29:ada")?.Id);
        Assert.Null(people.FindByChatId("slack", "29:ada"));
    }

    [Fact]
    public void Link_PersonWithAnEmptyIdConfigured_CarriesTheLinkedAccount()
    {
        var people = new PeopleDirectory([new Person("grace", "Grace", "grace@example.com", new Dictionary<string, string> { ["teams"] = " " })]);

        people.Link("teams", "aad-grace", "grace");

        Assert.Equal("aad-grace", people.Find("grace")!.ChatIds!["teams"]);
    }
}
