using System.Text.RegularExpressions;

namespace IncidentBot.Web.Tests;

/// <summary>Reading pages as a person would see them: which incidents a list shows, and that a page's markup is inert.</summary>
public static partial class Pages
{
    /// <summary>The incident keys the dashboard's table lists, in order.</summary>
    public static IReadOnlyList<string> ListedKeys(string page) =>
        ListedKey().Matches(page).Select(m => m.Groups[1].Value).ToList();

    /// <summary>No markup from alerts, chat or reports became live: it all shows as text, and no script may run inline.</summary>
    public static void AssertInert(HttpResponseMessage response, string page)
    {
        Assert.DoesNotContain("<script>alert", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror=alert", page.Replace("&lt;img src=x onerror=alert(2)&gt;", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    /// <summary>The antiforgery token of the first form on a page.</summary>
    public static string AntiforgeryToken(string page) =>
        Token().Match(page) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("The page has no antiforgery token.");

    [GeneratedRegex("<td><a href=\"/incidents/\\d+\">(INC-\\d+)</a></td>")]
    private static partial Regex ListedKey();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
