using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using IncidentBot.Tests.Slack;

namespace IncidentBot.Tests.Teams;

/// <summary>
/// The "Add to timeline" message action through the real host: a <c>composeExtension/fetchTask</c> invoke on a
/// message in the incident's thread puts it on the timeline at its own time with its link, answered in the HTTP
/// response with a task message Teams shows.
/// </summary>
public sealed class TeamsAddToTimelineEndToEndTests : IAsyncLifetime
{
    private const string Finding = "Payments client retries without backoff";
    private const string Link = "https://teams.microsoft.com/l/message/19%3Aincidents0000%40thread.tacv2/1700000099001?parentMessageId=1";

    private TeamsWorld _world = null!;

    public async Task InitializeAsync() => _world = await TeamsWorld.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task AddToTimeline_OnKofisMessageInTheThread_PutsItOnTheTimelineAtItsTimeWithItsLinkOnce()
    {
        await _world.PostAlertAsync("payments-5xx", "Payments return 500");
        var thread = (await SlackWorld.SeenAsync(() => _world.IncidentThread(), "the incident's thread", seconds: 60)).Id;
        var writtenAt = DateTimeOffset.UtcNow.AddMinutes(-7);

        using var first = await _world.SendAsync(AddToTimeline(thread, "1700000099001", writtenAt));
        using var second = await _world.SendAsync(AddToTimeline(thread, "1700000099001", writtenAt));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("Added to the incident timeline, at the message's own time.", await TaskMessageAsync(first));
        Assert.Equal("That message is already on the incident timeline.", await TaskMessageAsync(second));
        var pinned = Assert.Single((await _world.IncidentAsync(1)).GetProperty("timeline").EnumerateArray(), e => e.GetProperty("kind").GetString() == "message-pinned");
        Assert.Equal(Finding, pinned.GetProperty("text").GetString());
        Assert.Equal("kofi", pinned.GetProperty("by").GetString());
        Assert.Equal(Link, pinned.GetProperty("link").GetString());
        Assert.Equal(writtenAt.ToUnixTimeMilliseconds(), pinned.GetProperty("at").GetDateTimeOffset().ToUnixTimeMilliseconds());
    }

    [Fact]
    public async Task AddToTimeline_OutsideAnIncidentThread_SaysSoAndRecordsNothing()
    {
        await _world.PostAlertAsync("payments-5xx", "Payments return 500");
        await SlackWorld.SeenAsync(() => _world.IncidentThread(), "the incident's thread", seconds: 60);

        using var response = await _world.SendAsync(AddToTimeline("19:elsewhere@thread.tacv2;messageid=5", "1700000099002", DateTimeOffset.UtcNow));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Only messages in an incident's thread can be added to its timeline.", await TaskMessageAsync(response));
        Assert.DoesNotContain((await _world.IncidentAsync(1)).GetProperty("timeline").EnumerateArray(), e => e.GetProperty("kind").GetString() == "message-pinned");
    }

    /// <summary>The text of a <c>{"task":{"type":"message","value":…}}</c> answer; fails on any other shape.</summary>
    private static async Task<string> TaskMessageAsync(HttpResponseMessage response)
    {
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        var task = Assert.IsType<JsonObject>(Assert.Single(answer).Value);
        Assert.Equal("message", task["type"]!.GetValue<string>());
        return task["value"]!.GetValue<string>();
    }

    /// <summary>Ada running "Add to timeline" on Kofi's message, as Teams sends it (value.messagePayload is the message).</summary>
    private JsonObject AddToTimeline(string conversationId, string messageId, DateTimeOffset writtenAt)
    {
        var activity = _world.Message(TeamsWorld.AdaObjectId, "Ada Mensah", conversationId, "");
        activity.Remove("text");
        activity.Remove("entities");
        activity["type"] = "invoke";
        activity["name"] = "composeExtension/fetchTask";
        activity["value"] = new JsonObject
        {
            ["commandId"] = "addToTimeline",
            ["commandContext"] = "message",
            ["context"] = new JsonObject { ["theme"] = "default" },
            ["messagePayload"] = new JsonObject
            {
                ["id"] = messageId,
                ["createdDateTime"] = writtenAt.ToString("O", CultureInfo.InvariantCulture),
                ["messageType"] = "message",
                ["linkToMessage"] = Link,
                ["body"] = new JsonObject { ["contentType"] = "html", ["content"] = $"<p>{Finding}</p>" },
                ["from"] = new JsonObject { ["user"] = new JsonObject { ["id"] = TeamsWorld.KofiObjectId, ["displayName"] = "Kofi Boateng" } },
            },
        };
        return activity;
    }
}
