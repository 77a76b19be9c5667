using System.Text.Json.Nodes;

namespace IncidentBot.Slack.WebApi;

/// <summary><see href="https://docs.slack.dev/reference/methods/pins.add">pins.add</see>.</summary>
public sealed class PinsApi(SlackApiTransport transport)
{
    public static readonly SlackMethod AddMethod = new("pins.add");

    /// <summary>Pins a message; a message already pinned counts as done, so a job running twice is harmless.</summary>
    public async Task AddAsync(string channel, string timestamp, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channel);
        ArgumentException.ThrowIfNullOrEmpty(timestamp);
        try
        {
            await transport.CallAsync(AddMethod, new JsonObject { ["channel"] = channel, ["timestamp"] = timestamp }, cancellationToken).ConfigureAwait(false);
        }
        catch (SlackApiException e) when (e.Error == "already_pinned")
        {
            // The pin is there, which is all this call wants.
        }
    }
}
