using System.Net;
using System.Text.RegularExpressions;
using IncidentBot.Local;
using IncidentBot.Tests.Host;

namespace IncidentBot.Tests.Chat;

/// <summary>On the local workspace, the drafted postmortem's link is in the reply, the channels and the managers' direct messages, and opens the report.</summary>
public sealed partial class PostmortemChatTests : IAsyncLifetime
{
    private readonly ChatBot _bot = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _bot.DisposeAsync().AsTask();

    [Fact]
    public async Task PostmortemCommand_SaysWhereToReadIt_AndTheChannelsAndTheManagerGetThatLink()
    {
        var channel = await _bot.DeclareAsync();
        await _bot.SayAsync(_bot.Kofi, channel, "/incident note replica lag is 40 s");

        var reply = await _bot.SayAsync(_bot.Ada, channel, "/incident postmortem");

        Assert.StartsWith("Drafting the INC-1 postmortem (draft 1); it will be posted here, and can be read whole at http", reply, StringComparison.Ordinal);
        var link = new Uri(ReportLink().Match(reply).Value);
        Assert.Equal("/reports/1/1", link.AbsolutePath);
        var toFoster = await Eventually.ReachedAsync(
            () => Task.FromResult(_bot.Workspace.MessagesSeenBy(LocalWorkspace.DirectChannelId(_bot.Foster.Id), _bot.Foster.Id)),
            messages => messages.Count > 0, "the postmortem in Foster's direct messages");
        Assert.Equal($"*INC-1 postmortem (draft 1)*", toFoster[^1].Text.Split('\n')[0]);
        Assert.EndsWith($"\nRead the full report: {link.OriginalString}", toFoster[^1].Text, StringComparison.Ordinal);
        foreach (var where in new[] { channel, LocalWorkspace.ReportsChannelId })
        {
            var posted = _bot.Workspace.MessagesSeenBy(where, null).Last(m => m.Text.StartsWith("*INC-1 postmortem (draft 1)*", StringComparison.Ordinal));
            Assert.EndsWith($"\nRead the full report: {link.OriginalString}", posted.Text, StringComparison.Ordinal);
            Assert.Equal(["inc-1-postmortem.md"], posted.Attachments);
        }

        using var page = await _bot.OpenAsync(link);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("replica lag is 40 s", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"http\S+/reports/\d+/\d+\?sig=[A-Za-z0-9_-]+", RegexOptions.CultureInvariant)]
    private static partial Regex ReportLink();
}
