namespace IncidentBot.Storage.Tests;

/// <summary>A mail recorded as sent stays recorded across a restart, so its job never sends it again.</summary>
public sealed class SentMailStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 14, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task MarkSent_ThenReopen_TheKeyIsSentAndOthersAreNot()
    {
        using var folder = new TempFolder();
        using (var database = new IncidentDatabase(new StorageOptions { DataFolder = folder.Path }))
        {
            await new LiteSentMailStore(database).MarkSentAsync("inc-1/draft-2", Now);
        }

        using var reopened = new IncidentDatabase(new StorageOptions { DataFolder = folder.Path });
        var sent = new LiteSentMailStore(reopened);
        Assert.Equal(Now, await sent.SentAtAsync("inc-1/draft-2"));
        Assert.Null(await sent.SentAtAsync("inc-1/approval-2"));
    }
}
