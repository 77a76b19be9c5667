using IncidentBot.Core.Chat;

namespace IncidentBot.Storage.Tests;

public sealed class TranscriptStoreTests
{
    [Fact]
    public async Task UpsertAsync_SameMessageAgain_ReplacesIt()
    {
        using TestStorage storage = new();
        await storage.Transcript.UpsertAsync(Message(1, "m1", "Is it the deploy?", 0));

        TranscriptMessage edited = Message(1, "m1", "Is it the 1.3.0 deploy?", 0);
        edited.EditedAt = Times.At(2);
        await storage.Transcript.UpsertAsync(edited);

        TranscriptMessage stored = Assert.Single(await storage.Transcript.ListAsync(1));
        Assert.Equal("Is it the 1.3.0 deploy?", stored.Text);
        Assert.Equal(Times.At(2), stored.EditedAt);
    }

    [Fact]
    public async Task GetAsync_ByChannelAndMessage_ReturnsMessageAsSaved()
    {
        using TestStorage storage = new();
        TranscriptMessage bot = Message(1, "m1", "  *Incident declared*\n", 0);
        bot.AuthorId = null;
        await storage.Transcript.UpsertAsync(bot);

        TranscriptMessage? stored = await storage.Transcript.GetAsync("C01", "m1");

        Assert.Equal("  *Incident declared*\n", stored!.Text);
        Assert.True(stored.FromBot);
        Assert.Equal(Times.T0, stored.At);
        Assert.Null(await storage.Transcript.GetAsync("C01", "m2"));
    }

    [Fact]
    public async Task ListAsync_MessagesOutOfOrder_ReturnsOldestFirstThenInCaptureOrder()
    {
        using TestStorage storage = new();
        await storage.Transcript.UpsertAsync(Message(1, "later", "later", 5));
        await storage.Transcript.UpsertAsync(Message(1, "tie-z", "same time, captured first", 1));
        await storage.Transcript.UpsertAsync(Message(1, "tie-a", "same time, captured second", 1));
        await storage.Transcript.UpsertAsync(Message(2, "other", "another incident", 0));
        await storage.Transcript.UpsertAsync(Message(1, "tie-z", "same time, captured first (edited)", 1));

        IReadOnlyList<TranscriptMessage> messages = await storage.Transcript.ListAsync(1);

        Assert.Equal(["tie-z", "tie-a", "later"], messages.Select(m => m.MessageId));
    }

    private static TranscriptMessage Message(int incident, string messageId, string text, int minutes) => new()
    {
        Id = TranscriptMessage.IdOf("C01", messageId),
        IncidentNumber = incident,
        ChannelId = "C01",
        MessageId = messageId,
        AuthorId = "u-ana",
        AuthorName = "Ana",
        Text = text,
        At = Times.At(minutes),
        Permalink = $"https://chat.example/C01/{messageId}",
    };
}
