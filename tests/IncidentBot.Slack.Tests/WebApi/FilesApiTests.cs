using System.Text;

using IncidentBot.Slack.Testing;

namespace IncidentBot.Slack.Tests.WebApi;

public sealed class FilesApiTests : SlackApiTestBase
{
    [Fact]
    public async Task UploadAsync_Document_GetsAnUrlPostsTheBytesAndSharesTheFile()
    {
        Harness.Slack.AddChannel("C0REPORTS", "incident-reports");
        var markdown = Encoding.UTF8.GetBytes("# INC-1 postmortem\n\nAPI latency …");

        var fileId = await Harness.Client.Files.UploadAsync("C0REPORTS", "inc-1-postmortem.md", "INC-1 postmortem", markdown, "Postmortem for INC-1");

        Assert.Equal(["files.getUploadURLExternal", "files.completeUploadExternal"], Harness.Slack.Calls.Select(c => c.Method));
        var ticket = Harness.Slack.Calls[0];
        Assert.Equal("application/x-www-form-urlencoded", ticket.ContentType);
        Assert.Equal((markdown.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), "inc-1-postmortem.md"), (ticket.Arg("length"), ticket.Arg("filename")));
        var upload = Assert.Single(Harness.Slack.Uploads);
        Assert.Equal(markdown, upload.Content);
        Assert.Equal(
            (fileId, "INC-1 postmortem", "C0REPORTS", "Postmortem for INC-1", true),
            (upload.FileId, upload.Title, upload.ChannelId, upload.InitialComment, upload.Completed));
        var shared = Assert.Single(Harness.Slack.Messages("C0REPORTS"));
        Assert.Equal([fileId], shared.FileIds);
        Assert.Equal("Postmortem for INC-1", shared.Text);
        Assert.Empty(Harness.Slack.Violations);
    }

    [Fact]
    public async Task UploadAsync_EmptyContent_ThrowsWithoutCallingSlack()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Harness.Client.Files.UploadAsync("C0REPORTS", "empty.md", "Empty", ReadOnlyMemory<byte>.Empty));

        Assert.Empty(Harness.Slack.Calls);
    }
}
