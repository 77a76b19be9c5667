namespace IncidentBot.Email;

/// <summary>One report as mailed: what the subject and first lines say, the Markdown (body and attachment) and its link.</summary>
/// <param name="Key">The idempotence key, <c>inc-1/draft-2</c> or <c>inc-1/approval-1</c>: one mail per key.</param>
/// <param name="Subject">The subject line.</param>
/// <param name="Intro">The first line of the body: what this report is.</param>
/// <param name="Markdown">The report.</param>
/// <param name="FileName">The attachment's name.</param>
/// <param name="Link">The signed link to read it on the bot (<see cref="Core.Chat.IIncidentLinks"/>).</param>
public sealed record ReportMail(string Key, string Subject, string Intro, string Markdown, string FileName, Uri Link)
{
    public static string KeyOf(string incidentKey, ReportMailKind kind, int number) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{incidentKey.ToLowerInvariant()}/{(kind == ReportMailKind.Draft ? "draft" : "approval")}-{number}");
}
