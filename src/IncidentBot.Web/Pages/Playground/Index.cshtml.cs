using IncidentBot.Web.Playground;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IncidentBot.Web.Pages.Playground;

/// <summary>
/// The playground (<c>/playground</c>, and <c>/</c> on the local platform): a chat workspace in the browser, as the
/// person of the query's <c>as</c>, in the channel of its <c>channel</c>. Reading needs the viewer's role; acting posts
/// to <see cref="ActModel"/>, which needs the responder's.
/// </summary>
public sealed class PlaygroundModel(PlaygroundReader reader) : PageModel
{
    public PlaygroundView View { get; private set; } = null!;

    /// <summary>What the action before the redirect here did, shown once.</summary>
    [TempData]
    public string? Notice { get; set; }

    public void OnGet(string? @as, string? channel)
    {
        View = reader.Read(@as, channel, Notice);
    }
}
