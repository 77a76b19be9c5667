using IncidentBot.Local;

namespace IncidentBot.Tests.Chat;

/// <summary><c>/incident declare &lt;title&gt; [sevN]</c> in #incidents.</summary>
public sealed class DeclareChatTests : IAsyncLifetime
{
    private readonly ChatBot _bot = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _bot.DisposeAsync().AsTask();

    [Theory]
    [InlineData("Disk full on db 3", "sev2", "Disk full on db 3")]
    [InlineData("Outage of s3", "sev2", "Outage of s3")]
    [InlineData("Disk full on db sev3", "sev3", "Disk full on db")]
    public async Task Declare_TitleEndingInANumber_OnlyASevWordIsTheSeverity(string text, string severity, string title)
    {
        var reply = await _bot.SayAsync(_bot.Ada, LocalWorkspace.IncidentsChannelId, $"/incident declare {text}");

        Assert.Equal($"Declared INC-1 ({severity}): {title}. Its channel is being opened.", reply);
    }
}
