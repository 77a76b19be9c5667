using System.Net;
using System.Text.RegularExpressions;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Postmortems;
using IncidentBot.Core.Storage;
using IncidentBot.Local;
using IncidentBot.Tests.Host;
using IncidentBot.Web.Access;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentBot.Web.Tests;

/// <summary>
/// A manager edits the drafted postmortem and approves it: the bot's draft and the approved version are both kept, with
/// who and when; the approval goes on the timeline and is announced with a link to the approved version. Nobody
/// without the manager's role approves, and an approval over a newer draft is refused until the manager has seen it.
/// </summary>
public sealed partial class ApprovalTests : WebBot
{
    private const string Edited = "# INC-1\n\nThe manager's version: payments failed for 12 minutes.\n";

    [Fact]
    public async Task Approve_AsSignedInManager_KeepsTheDraftAndTheApprovedVersionWithWhoAndWhen()
    {
        WithAdmin();
        await DraftedWithChannelAsync();
        From.Address = Elsewhere;
        using var client = Browser();
        await SignInAsAdminAsync(client);
        var before = DateTimeOffset.UtcNow;

        var page = await client.GetStringAsync("/incidents/1/postmortem");
        var form = await client.GetStringAsync("/incidents/1/postmortem/approve");
        using var approved = await ApproveAsync(client, form, Edited);
        var shown = await client.GetStringAsync("/incidents/1/postmortem");
        var draft = await client.GetStringAsync("/incidents/1/postmortem?revision=2");
        var file = await client.GetStringAsync("/incidents/1/postmortem/approved/1.md");

        Assert.Contains("href=\"/incidents/1/postmortem/approve\">Edit and approve</a>", page, StringComparison.Ordinal);
        Assert.Contains(">\n# INC-1\n\nsecond draft\n</textarea>", WebUtility.HtmlDecode(form).Replace("\r", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal("/incidents/1/postmortem?approval=1", approved.Headers.Location!.OriginalString);
        Assert.Contains("Approved by <strong>admin</strong> on ", shown, StringComparison.Ordinal);
        Assert.Contains("edited from <a href=\"/incidents/1/postmortem?revision=2\">draft 2</a>", shown, StringComparison.Ordinal);
        Assert.Contains("payments failed for 12 minutes", shown, StringComparison.Ordinal);
        Assert.Contains("second draft", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("payments failed", draft, StringComparison.Ordinal);
        Assert.Equal(Edited, file);
        var kept = Assert.Single(await Approvals.ListAsync(1));
        Assert.Equal(("admin", 2), (kept.ApprovedBy, kept.FromRevision));
        Assert.InRange(kept.ApprovedAt, before, DateTimeOffset.UtcNow);
        Assert.Equal("# INC-1\n\nsecond draft\n", (await Services.GetRequiredService<IPostmortemStore>().GetRevisionAsync(1, 2))!.Markdown);
    }

    [Fact]
    public async Task Approve_GoesOnTheTimelineAndIsAnnouncedWithALinkThatOpensTheApprovedVersion()
    {
        var channel = await DraftedWithChannelAsync();
        using var client = Browser();

        using var approved = await ApproveAsync(client, await client.GetStringAsync("/incidents/1/postmortem/approve"), Edited);

        var incident = await Services.GetRequiredService<IIncidentStore>().GetAsync(1);
        var entry = Assert.Single(incident!.Timeline, e => e.Kind == TimelineKind.PostmortemApproved);
        Assert.Equal($"Postmortem approved by {Approver.LocalOperator} (from revision 2)", entry.Text);
        var announced = await MessageAsync(channel, "postmortem approved");
        var inReports = await MessageAsync(LocalWorkspace.ReportsChannelId, "postmortem approved");
        Assert.Contains($"*INC-1 postmortem approved* by {Approver.LocalOperator} (edited from draft 2)", announced, StringComparison.Ordinal);
        Assert.Equal(announced, inReports);
        var link = new Uri(ApprovedLink().Match(announced).Value);
        using var reader = Bot.CreateClient();
        using var opened = await reader.GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Contains("payments failed for 12 minutes", await opened.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var forged = await reader.GetAsync(link.AbsolutePath + "?sig=" + Bot.Services.GetRequiredService<Security.ReportLinkSigner>().Sign(1, 1));
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
    }

    [Theory]
    [InlineData(WebRoles.Viewer)]
    [InlineData(WebRoles.Responder)]
    public async Task Approve_WithoutTheManagersRole_Is403AndRecordsNothing(string role)
    {
        WithAdmin();
        await DraftedWithChannelAsync();
        From.Address = Elsewhere;
        From.SignedInAs("pat", role);
        using var client = Browser();

        var page = await client.GetStringAsync("/incidents/1/postmortem");
        using var form = await client.GetAsync("/incidents/1/postmortem/approve");
        using var posted = await ApproveAsync(client, page, Edited, fromRevision: 2);

        Assert.DoesNotContain("Edit and approve", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, form.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        Assert.Empty(await Approvals.ListAsync(1));
        var incident = await Services.GetRequiredService<IIncidentStore>().GetAsync(1);
        Assert.DoesNotContain(incident!.Timeline, e => e.Kind == TimelineKind.PostmortemApproved);
    }

    [Fact]
    public async Task Approve_WithoutTheAntiforgeryToken_IsRefusedAndRecordsNothing()
    {
        await DraftedWithChannelAsync();
        using var client = Browser();

        using var posted = await client.PostAsync("/incidents/1/postmortem/approve", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Markdown"] = Edited, ["FromRevision"] = "2", ["ApprovalsSeen"] = "0",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Empty(await Approvals.ListAsync(1));
    }

    [Fact]
    public async Task Approve_MarkupInTheEditedReport_IsShownAsText()
    {
        await DraftedWithChannelAsync();
        using var client = Browser();
        using var approved = await ApproveAsync(client, await client.GetStringAsync("/incidents/1/postmortem/approve"), PostmortemDrafts.Hostile);

        using var response = await client.GetAsync("/incidents/1/postmortem?approval=1");
        var page = await response.Content.ReadAsStringAsync();
        var form = await client.GetStringAsync("/incidents/1/postmortem/approve");

        Assert.Contains("<h2>Root cause</h2>", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
        Pages.AssertInert(response, page);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", form, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_AfterTheBotDraftedAgain_IsRefusedKeepingTheTextThenApprovesWhenSentAgain()
    {
        await DraftedWithChannelAsync();
        using var client = Browser();
        var form = await client.GetStringAsync("/incidents/1/postmortem/approve");
        await Services.GetRequiredService<IPostmortemStore>().SaveAsync(new PostmortemDraft
        {
            IncidentNumber = 1, Revision = 3, DraftedAt = Seed.Day1, Markdown = "# INC-1\n\nthird draft\n", Delivered = true,
        });

        using var stale = await ApproveAsync(client, form, Edited);
        var refused = await stale.Content.ReadAsStringAsync();
        var keptBefore = await Approvals.ListAsync(1);
        using var again = await ApproveAsync(client, refused, Edited);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Not approved: the bot drafted revision 3 after you opened revision 2.", refused, StringComparison.Ordinal);
        Assert.Contains("payments failed for 12 minutes", refused, StringComparison.Ordinal);
        Assert.Empty(keptBefore);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(3, Assert.Single(await Approvals.ListAsync(1)).FromRevision);
    }

    [Fact]
    public async Task Approve_Again_KeepsEveryApprovalAndShowsTheNewest()
    {
        await DraftedWithChannelAsync();
        using var client = Browser();
        (await ApproveAsync(client, await client.GetStringAsync("/incidents/1/postmortem/approve"), Edited)).Dispose();

        var form = await client.GetStringAsync("/incidents/1/postmortem/approve");
        (await ApproveAsync(client, form, Edited + "\nCorrected: 14 minutes.\n")).Dispose();
        var shown = await client.GetStringAsync("/incidents/1/postmortem");
        var first = await client.GetStringAsync("/incidents/1/postmortem?approval=1");

        Assert.Contains("payments failed for 12 minutes", form, StringComparison.Ordinal);
        Assert.Equal([1, 2], (await Approvals.ListAsync(1)).Select(a => a.Number));
        Assert.Contains("Corrected: 14 minutes.", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Corrected", first, StringComparison.Ordinal);
    }

    private IPostmortemApprovalStore Approvals => Services.GetRequiredService<IPostmortemApprovalStore>();

    /// <summary>Drafts 1 and 2 of INC-1 (and INC-2 without any), INC-1 with a channel in the local workspace; returns its id.</summary>
    private async Task<string> DraftedWithChannelAsync()
    {
        await PostmortemDrafts.DraftedAsync(Services);
        var store = Services.GetRequiredService<IIncidentStore>();
        var incident = (await store.GetAsync(1))!;
        var channel = await Bot.Workspace.OpenIncidentChannelAsync("inc-1-checkout-errors", "Checkout errors", Seed.Day1);
        incident.AttachChannel(channel.Id, channel.Name, Seed.Day1);
        await store.SaveAsync(incident);
        return channel.Id;
    }

    /// <summary>Posts the approve form with the hidden figures <paramref name="page"/> carries (or those given) and its antiforgery token.</summary>
    private static Task<HttpResponseMessage> ApproveAsync(HttpClient client, string page, string markdown, int? fromRevision = null)
    {
        var figures = new Dictionary<string, string>
        {
            ["Markdown"] = markdown,
            ["FromRevision"] = fromRevision?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? Hidden(page, "FromRevision"),
            ["ApprovalsSeen"] = fromRevision is null ? Hidden(page, "ApprovalsSeen") : "0",
            ["__RequestVerificationToken"] = Pages.AntiforgeryToken(page),
        };
        return client.PostAsync("/incidents/1/postmortem/approve", new FormUrlEncodedContent(figures));
    }

    private static string Hidden(string page, string name) =>
        Regex.Match(page, $"name=\"{name}\" value=\"(\\d+)\"") is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException($"The form has no {name}.");

    private async Task<string> MessageAsync(string channelId, string containing)
    {
        var until = DateTimeOffset.UtcNow.AddSeconds(10);
        while (DateTimeOffset.UtcNow < until)
        {
            if (Bot.Workspace.MessagesOf(channelId).FirstOrDefault(m => m.Text.Contains(containing, StringComparison.Ordinal)) is { } message)
            {
                return message.Text;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"No message containing \"{containing}\" in {channelId}.");
    }

    [GeneratedRegex(@"https?://\S+/reports/1/approved/1\?sig=[A-Za-z0-9_-]+")]
    private static partial Regex ApprovedLink();
}
