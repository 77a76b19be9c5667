using IncidentBot.Core.Incidents;
using IncidentBot.Core.Postmortems;
using IncidentBot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentBot.Tests.Host;

/// <summary>
/// Postmortem drafts put straight into a bot's stores, for the tests of every way a report is read: the API, signed
/// report links and the web face (which compiles this file too).
/// </summary>
internal static class PostmortemDrafts
{
    /// <summary>A report carrying markup from alerts and chat, and a link that would run script.</summary>
    public const string Hostile = "## Root cause\n\nThe alert said <script>alert(1)</script> and <img src=x onerror=alert(2)>; see [the graph](javascript:alert(3)).\n";

    /// <summary>INC-1 with drafts 1 and 2 (and 3 when given), INC-2 with none.</summary>
    public static async Task DraftedAsync(IServiceProvider services, string? third = null)
    {
        var incidents = services.GetRequiredService<IIncidentStore>();
        var postmortems = services.GetRequiredService<IPostmortemStore>();
        var at = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
        await incidents.AddAsync(Incident.Open("Checkout errors", Severity.Sev2, "api", at, at, declaredBy: "ada"));
        await incidents.AddAsync(Incident.Open("Slow search", Severity.Sev3, "search", at, at, declaredBy: "ada"));
        string[] drafts = ["# INC-1\n\nfirst draft\n", "# INC-1\n\nsecond draft\n", .. third is null ? Array.Empty<string>() : [third]];
        for (var i = 0; i < drafts.Length; i++)
        {
            await postmortems.SaveAsync(new PostmortemDraft { IncidentNumber = 1, Revision = i + 1, DraftedAt = at, Markdown = drafts[i], Delivered = true });
        }
    }
}
