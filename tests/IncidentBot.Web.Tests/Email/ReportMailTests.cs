using System.Globalization;
using System.Text;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Jobs;
using IncidentBot.Core.Storage;
using IncidentBot.Email;
using IncidentBot.Tests.Host;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;

namespace IncidentBot.Web.Tests.Email;

/// <summary>
/// Managers get the drafted and the approved report by email when <c>Email:Smtp</c> is configured, through a real SMTP
/// server on loopback: to the managers who have an address, with the report as text, as HTML and attached, and its
/// link; a server that refuses first gets the mail once when it takes it.
/// </summary>
public sealed class ReportMailTests : WebBot
{
    private const string Edited = "# INC-1\n\nThe manager's version: payments failed for 12 minutes.\n";

    private SmtpTestServer _smtp = null!;

    [Fact]
    public async Task Approve_WithSmtpConfigured_MailsTheApprovedReportToTheManagersWithAnAddress()
    {
        WithSmtp();
        await PostmortemDrafts.DraftedAsync(Services);
        using var client = Browser();
        var form = await client.GetStringAsync("/incidents/1/postmortem/approve");

        (await client.PostAsync("/incidents/1/postmortem/approve", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Markdown"] = Edited, ["FromRevision"] = "2", ["ApprovalsSeen"] = "0", ["__RequestVerificationToken"] = Pages.AntiforgeryToken(form),
        }))).Dispose();
        var mail = Assert.Single(await _smtp.WaitForAsync());

        Assert.Equal(["foster@example.com"], mail.Recipients);
        var to = Assert.IsType<MailboxAddress>(Assert.Single(mail.Message.To));
        Assert.Equal(("Foster Adu-Gyamfi", "foster@example.com"), (to.Name, to.Address));
        var from = Assert.IsType<MailboxAddress>(Assert.Single(mail.Message.From));
        Assert.Equal(("IncidentBot", "incidents@example.com"), (from.Name, from.Address));
        Assert.Equal("INC-1 postmortem approved by local user on this machine: Checkout errors", mail.Message.Subject);
        Assert.Contains("payments failed for 12 minutes", mail.Message.TextBody, StringComparison.Ordinal);
        Assert.Matches(@"Read it on the bot: http://\S+/reports/1/approved/1\?sig=[\w-]+", mail.Message.TextBody);
        Assert.Contains("<h1>INC-1</h1>", mail.Message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("payments failed for 12 minutes", mail.Message.HtmlBody, StringComparison.Ordinal);
        var attached = Assert.Single(mail.Message.Attachments.OfType<MimePart>());
        Assert.Equal("inc-1-postmortem-approved.md", attached.FileName);
        Assert.Equal(Edited, TextOf(attached));
    }

    [Fact]
    public async Task Draft_DeliveredWithSmtpConfigured_IsMailedWithItsLinkAndFile()
    {
        WithSmtp();
        var incident = await Seed.IncidentAsync(Services, "Checkout returns HTTP 500", Severity.Sev1, "checkout", Seed.Day1, resolved: true);
        var revision = incident.RequestPostmortem();
        await Services.GetRequiredService<IIncidentStore>().SaveAsync(incident);

        await Services.GetRequiredService<PostmortemJob>().RunAsync(incident.Number, revision);
        var mail = Assert.Single(await _smtp.WaitForAsync());

        var draft = await Services.GetRequiredService<IPostmortemStore>().GetRevisionAsync(incident.Number, revision);
        Assert.Equal(["foster@example.com"], mail.Recipients);
        Assert.Equal("INC-1 postmortem (draft 1): Checkout returns HTTP 500", mail.Message.Subject);
        Assert.Matches(@"Read it on the bot: http://\S+/reports/1/1\?sig=[\w-]+", mail.Message.TextBody);
        Assert.Contains(draft!.Markdown, Lf(mail.Message.TextBody!), StringComparison.Ordinal);
        Assert.Equal(draft.Markdown, TextOf(Assert.Single(mail.Message.Attachments.OfType<MimePart>())));
    }

    [Fact]
    public async Task Mail_ServerRefusesFirstThenAccepts_IsDeliveredOnceWithItsMarkupInert()
    {
        WithSmtp();
        await PostmortemDrafts.DraftedAsync(Services, third: PostmortemDrafts.Hostile);
        var job = Services.GetRequiredService<ReportMailJob>();
        _smtp.RefuseNext(1);

        var refused = await Assert.ThrowsAsync<MailKit.Net.Smtp.SmtpCommandException>(() => job.RunAsync(1, ReportMailKind.Draft, 3));
        var refusedFirst = (_smtp.Refused, _smtp.Received.Count);
        await job.RunAsync(1, ReportMailKind.Draft, 3);
        await job.RunAsync(1, ReportMailKind.Draft, 3);

        Assert.Equal(451, (int)refused.StatusCode);
        Assert.Equal((1, 0), refusedFirst);
        var mail = Assert.Single(_smtp.Received);
        Assert.Equal(1, _smtp.Refused);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", mail.Message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", mail.Message.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", mail.Message.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", mail.Message.HtmlBody, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("smtp.example.com", null, null, "None", "Email:Smtp:From is required when Email:Smtp:Host is set")]
    [InlineData("smtp.example.com", "bot", "secret", "None", "Email:Smtp:UseTls=None would send the password of Email:Smtp:User in the clear to smtp.example.com")]
    [InlineData(null, "bot", "secret", "StartTls", "Email:Smtp:Host is required when Email:Smtp:From, :User or :Password is set")]
    public async Task Start_WithEmailMisconfigured_FailsNamingTheKey(string? host, string? user, string? password, string tls, string expected)
    {
        foreach (var (key, value) in new[] { ("Host", host), ("User", user), ("Password", password), ("UseTls", tls) })
        {
            if (value is not null)
            {
                Bot.Settings[$"Email:Smtp:{key}"] = value;
            }
        }

        if (host is null || user is not null)
        {
            Bot.Settings["Email:Smtp:From"] = "incidents@example.com";
        }

        var error = Assert.ThrowsAny<Exception>(() => Bot.CreateClient());

        var validation = error as OptionsValidationException ?? error.InnerException as OptionsValidationException;
        Assert.NotNull(validation);
        Assert.Contains(validation.Failures, f => f.Contains(expected, StringComparison.Ordinal));
        await Task.CompletedTask;
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _smtp = await SmtpTestServer.StartAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    /// <summary>Mail through the test server, without TLS on loopback; Foster (a manager) has an address, Kofi (made one too) has none.</summary>
    private void WithSmtp()
    {
        Bot.Settings["Email:Smtp:Host"] = "127.0.0.1";
        Bot.Settings["Email:Smtp:Port"] = _smtp.Port.ToString(CultureInfo.InvariantCulture);
        Bot.Settings["Email:Smtp:UseTls"] = "None";
        Bot.Settings["Email:Smtp:From"] = "IncidentBot <incidents@example.com>";
        Bot.Settings["People:2:Email"] = "foster@example.com";
        Bot.Settings["Managers:1"] = "kofi";
    }

    private static string TextOf(MimePart part)
    {
        using var content = new MemoryStream();
        part.Content!.DecodeTo(content);
        return Lf(Encoding.UTF8.GetString(content.ToArray()));
    }

    /// <summary>Mail travels with CRLF line ends; the report is stored with LF.</summary>
    private static string Lf(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
