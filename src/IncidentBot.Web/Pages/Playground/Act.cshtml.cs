using IncidentBot.Core.People;
using IncidentBot.Web.Access;
using IncidentBot.Web.Playground;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IncidentBot.Web.Pages.Playground;

/// <summary>
/// What a person does in the playground, one handler per form: write or run <c>/incident …</c>, press a button, react,
/// send a sample alert, record a deploy, run the seed drill. Each needs the responder's role and the form's
/// antiforgery token (Razor Pages refuse a POST without it, 400). Done: back to the playground (POST-redirect-GET).
/// Refused: the playground again with the reason, answered 400, nothing done.
/// </summary>
[Authorize(Policy = WebPolicies.Act)]
public sealed class ActModel(PlaygroundReader reader) : PageModel
{
    /// <summary>The longest message taken (Slack's own limit for a message's text).</summary>
    public const int LongestText = 40_000;

    public PlaygroundView View { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    public IActionResult OnGet() => LocalRedirect(PlaygroundReader.Path);

    public async Task<IActionResult> OnPostSayAsync(string? @as, string? channel, string? text, CancellationToken cancellationToken)
    {
        if (Acting(@as, channel, out var person, out var where) is { } refused)
        {
            return refused;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return Refuse(@as, channel, "Type a message, or a command like /incident help.");
        }

        if (text.Length > LongestText)
        {
            return Refuse(@as, channel, $"A message is at most {LongestText} characters.");
        }

        if (!where.CanWrite)
        {
            return Refuse(@as, channel, $"#{where.Name} is your direct conversation with the bot: write in a channel.");
        }

        return Done(await reader.Workspace.SayAsync(person, where.Id, text, cancellationToken), person, where, quiet: true);
    }

    public async Task<IActionResult> OnPostPressAsync(string? @as, string? channel, string? message, string? action, CancellationToken cancellationToken)
    {
        if (Acting(@as, channel, out var person, out var where) is { } refused)
        {
            return refused;
        }

        if (string.IsNullOrWhiteSpace(message) || string.IsNullOrWhiteSpace(action))
        {
            return Refuse(@as, channel, "Press a button of a message: the form names the message and the button.");
        }

        return Done(await reader.Workspace.PressAsync(person, where.Id, message, action, cancellationToken), person, where, quiet: true);
    }

    public async Task<IActionResult> OnPostReactAsync(string? @as, string? channel, string? message, string? emoji, CancellationToken cancellationToken)
    {
        if (Acting(@as, channel, out var person, out var where) is { } refused)
        {
            return refused;
        }

        if (string.IsNullOrWhiteSpace(message) || string.IsNullOrWhiteSpace(emoji) || emoji.Length > 64)
        {
            return Refuse(@as, channel, "React to a message with an emoji (📌 puts it on the incident's timeline).");
        }

        return Done(await reader.Workspace.ReactAsync(person, where.Id, message, emoji, cancellationToken), person, where, quiet: false);
    }

    public async Task<IActionResult> OnPostAlertAsync(string? @as, CancellationToken cancellationToken)
    {
        if (Acting(@as, null, out var person, out var where) is { } refused)
        {
            return refused;
        }

        return Done(await reader.Workspace.SendSampleAlertAsync(cancellationToken), person, where, quiet: false);
    }

    public async Task<IActionResult> OnPostDeployAsync(string? @as, string? channel, string? service, string? version, CancellationToken cancellationToken)
    {
        if (Acting(@as, channel, out var person, out var where) is { } refused)
        {
            return refused;
        }

        return Done(await reader.Workspace.RecordDeployAsync(person, service ?? "", version ?? "", cancellationToken), person, where, quiet: false);
    }

    public async Task<IActionResult> OnPostDrillAsync(string? @as, CancellationToken cancellationToken)
    {
        if (Acting(@as, null, out _, out _) is { } refused)
        {
            return refused;
        }

        await reader.Workspace.RunSeedDrillAsync(cancellationToken);
        return LocalRedirect(DrillModel.Path);
    }

    /// <summary>The person and channel the form names; else the refusal saying which is not there.</summary>
    private IActionResult? Acting(string? asId, string? channelName, out Person person, out PlaygroundChannel channel)
    {
        (person, channel) = (null!, null!);
        if (reader.PersonNamed(asId) is not { } found)
        {
            return Refuse(null, channelName, reader.Unknown(asId));
        }

        person = found;
        if (reader.ChannelNamed(found, channelName) is not { } visible)
        {
            return Refuse(found.Id, null, $"There is no channel '{channelName}' that {found.Name} sees.");
        }

        channel = visible;
        return null;
    }

    private PageResult Refuse(string? asId, string? channelName, string problem)
    {
        View = reader.Read(asId, channelName, problem: problem);
        var page = Page();
        page.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }

    /// <summary>
    /// Back to the playground, in the channel the outcome names or the one acted in. A command's or button's reply is
    /// in the channel already (only the person sees it), so <paramref name="quiet"/> leaves it out of the notice.
    /// </summary>
    private IActionResult Done(PlaygroundOutcome outcome, Person person, PlaygroundChannel where, bool quiet)
    {
        if (!outcome.Done)
        {
            return Refuse(person.Id, where.Name, outcome.Message);
        }

        Notice = quiet ? null : outcome.Message;
        return LocalRedirect(PlaygroundReader.PathOf(person.Id, outcome.ChannelName ?? where.Name));
    }
}
