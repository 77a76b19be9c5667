using System.Text.Json.Nodes;

namespace IncidentBot.Slack.WebApi;

/// <summary><see href="https://docs.slack.dev/reference/methods/views.open">views.open</see>: modals.</summary>
public sealed class ViewsApi(SlackApiTransport transport)
{
    public static readonly SlackMethod OpenMethod = new("views.open");

    /// <summary>Opens a modal for the interaction <paramref name="triggerId"/> came with (valid for 3 s); returns the view id.</summary>
    public async Task<string> OpenAsync(string triggerId, JsonObject view, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(triggerId);
        ArgumentNullException.ThrowIfNull(view);
        var arguments = new JsonObject { ["trigger_id"] = triggerId, ["view"] = view.DeepClone() };
        var response = await transport.CallAsync(OpenMethod, arguments, cancellationToken).ConfigureAwait(false);
        return SlackResponse.Required(response, OpenMethod.Name, "view", "id");
    }
}
