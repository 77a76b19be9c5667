using IncidentBot.Core.Postmortems;

namespace IncidentBot.Storage.Tests;

public sealed class PostmortemStoreTests
{
    [Fact]
    public async Task GetAsync_AfterTwoDrafts_ReturnsNewest()
    {
        using TestStorage storage = new();
        await storage.Postmortems.SaveAsync(Draft(1, 1, "# INC-1\n\nfirst\n"));
        await storage.Postmortems.SaveAsync(Draft(1, 2, "# INC-1\n\nsecond\n"));

        PostmortemDraft? draft = await storage.Postmortems.GetAsync(1);

        Assert.Equal(2, draft!.Revision);
        Assert.Equal("# INC-1\n\nsecond\n", draft.Markdown);
        Assert.Equal(Times.At(2), draft.DraftedAt);
    }

    [Fact]
    public async Task GetAsync_NoDraft_ReturnsNull()
    {
        using TestStorage storage = new();

        Assert.Null(await storage.Postmortems.GetAsync(1));
    }

    internal static PostmortemDraft Draft(int incident, int revision, string markdown) =>
        new() { IncidentNumber = incident, Revision = revision, DraftedAt = Times.At(revision), Markdown = markdown };
}
