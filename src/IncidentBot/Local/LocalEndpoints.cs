using System.Text.Json;
using IncidentBot.Core.People;
using IncidentBot.Endpoints;
using IncidentBot.Security;

namespace IncidentBot.Local;

/// <summary>
/// Lets a person act in the local workspace over HTTP: say something or run <c>/incident …</c> in a channel, press a
/// button, react to a message, list the channels and read one as a person sees it. Behind the API token; local
/// platform only. A request it cannot take is answered 400 naming the field and what it must be.
/// </summary>
public static class LocalEndpoints
{
    /// <summary>The longest message taken (Slack's own limit for a message's text).</summary>
    public const int LongestText = 40_000;

    public static IEndpointRouteBuilder MapLocalWorkspace(this IEndpointRouteBuilder endpoints)
    {
        var local = endpoints.MapGroup("/local").AddEndpointFilter<ApiTokenFilter>();
        local.MapPost("/say", SayAsync);
        local.MapPost("/press", PressAsync);
        local.MapPost("/react", ReactAsync);
        local.MapGet("/channels", ListChannels);
        local.MapGet("/{channel}", Read);
        return endpoints;
    }

    private static async Task<IResult> SayAsync(HttpRequest http, LocalWorkspace workspace, LocalUser user, IPeopleDirectory people, CancellationToken cancellationToken)
    {
        var read = await LocalRequestBody.ReadAsync<LocalSayRequest>(http, people, "{\"as\":\"<person>\",\"channel\":\"incidents\",\"text\":\"/incident ack\"}", cancellationToken);
        if (read.Refusal is { } refusal)
        {
            return refusal;
        }

        var (request, person) = (read.Request!, read.Person!);

        if (string.IsNullOrWhiteSpace(request.Text))
        {
            return BadRequest("'text' is required: a message, or a command like '/incident ack'.");
        }

        if (request.Text.Length > LongestText)
        {
            return BadRequest($"'text' is at most {LongestText} characters.");
        }

        var name = request.Channel ?? "incidents";
        if (workspace.FindChannelNamed(name) is not { IsDirect: false } channel)
        {
            return RawBody.Problem(StatusCodes.Status404NotFound, $"There is no channel '{name}'. Channels: {ChannelNames(workspace)}.");
        }

        var result = await user.SayAsync(person, channel.Id, request.Text, cancellationToken);
        return Results.Json(new { messageId = result.Posted?.MessageId, reply = result.Reply });
    }

    private static async Task<IResult> PressAsync(HttpRequest http, LocalWorkspace workspace, LocalUser user, IPeopleDirectory people, CancellationToken cancellationToken)
    {
        var read = await LocalRequestBody.ReadAsync<LocalPressRequest>(http, people, "{\"as\":\"<person>\",\"button\":\"acknowledge\"}", cancellationToken);
        if (read.Refusal is { } refusal)
        {
            return refusal;
        }

        var (request, person) = (read.Request!, read.Person!);

        if (string.IsNullOrWhiteSpace(request.Button))
        {
            return BadRequest("'button' is required: the label of a button the person sees (acknowledge, confirm, cancel, resolve …).");
        }

        if (request.Message is null)
        {
            return await user.PressAsync(person, request.Button, cancellationToken) is { } pressed
                ? Results.Json(new { reply = pressed.Reply })
                : RawBody.Problem(StatusCodes.Status404NotFound, $"No '{request.Button}' button is visible to {person.Id}.");
        }

        if (FindMessage(workspace, request.Channel, request.Message, person) is var (message, missing) && missing is not null)
        {
            return missing;
        }

        var button = message!.Buttons.FirstOrDefault(b => string.Equals(b.Label, request.Button, StringComparison.OrdinalIgnoreCase) || b.ActionId == request.Button);
        var result = button is null ? null : await user.PressAsync(person, message.ChannelId, message.Id, button.ActionId, cancellationToken);
        return result is null
            ? RawBody.Problem(StatusCodes.Status404NotFound, $"Message {message.Id} has no '{request.Button}' button (it has: {string.Join(", ", message.Buttons.Select(b => b.Label).DefaultIfEmpty("none"))}).")
            : Results.Json(new { reply = result.Reply });
    }

    private static async Task<IResult> ReactAsync(HttpRequest http, LocalWorkspace workspace, LocalUser user, IPeopleDirectory people, CancellationToken cancellationToken)
    {
        var read = await LocalRequestBody.ReadAsync<LocalReactRequest>(http, people, "{\"as\":\"<person>\",\"channel\":\"inc-1-…\",\"message\":\"12\",\"emoji\":\"📌\"}", cancellationToken);
        if (read.Refusal is { } refusal)
        {
            return refusal;
        }

        var (request, person) = (read.Request!, read.Person!);

        if (string.IsNullOrWhiteSpace(request.Emoji) || request.Emoji.Length > 64)
        {
            return BadRequest("'emoji' is required: an emoji (📌) or its name (pushpin), at most 64 characters.");
        }

        if (string.IsNullOrWhiteSpace(request.Message))
        {
            return BadRequest("'message' is required: the id of the message to react to, as GET /local/{channel} shows it.");
        }

        if (FindMessage(workspace, request.Channel, request.Message, person) is var (message, missing) && missing is not null)
        {
            return missing;
        }

        var taken = await user.ReactAsync(person, message!.ChannelId, message.Id, request.Emoji.Trim(), cancellationToken);
        return Results.Json(new { taken });
    }

    private static IResult ListChannels(string? @as, LocalWorkspace workspace, IPeopleDirectory people)
    {
        if (@as is not null && LocalRequestBody.PersonNamed(people, @as) is null)
        {
            return LocalRequestBody.UnknownPerson(people, @as);
        }

        var channels = @as is null ? workspace.Channels : workspace.ChannelsOf(@as);
        return Results.Json(channels.Select(c => LocalChannelView.Of(c, workspace.MessagesSeenBy(c.Id, @as).Count)));
    }

    private static IResult Read(string channel, string? @as, LocalWorkspace workspace, IPeopleDirectory people)
    {
        if (@as is not null && LocalRequestBody.PersonNamed(people, @as) is null)
        {
            return LocalRequestBody.UnknownPerson(people, @as);
        }

        var found = workspace.FindChannelNamed(channel) ?? workspace.FindChannel(channel);
        if (found is null || (found.IsDirect && found.PersonId != @as))
        {
            return RawBody.Problem(StatusCodes.Status404NotFound, $"There is no channel '{channel}' that {@as ?? "everyone"} can read. Channels: {ChannelNames(workspace)}.");
        }

        return Results.Json(workspace.MessagesSeenBy(found.Id, @as).Select(LocalMessageView.Of));
    }

    /// <summary>The message <paramref name="messageId"/> of the channel named <paramref name="channelName"/> that the person sees; else the answer saying why not.</summary>
    private static (LocalMessage? Message, IResult? Missing) FindMessage(LocalWorkspace workspace, string? channelName, string messageId, Person person)
    {
        if (string.IsNullOrWhiteSpace(channelName))
        {
            return (null, BadRequest("'channel' is required with 'message': the name of the message's channel."));
        }

        if (workspace.FindChannelNamed(channelName) is not { } channel || (channel.IsDirect && channel.PersonId != person.Id))
        {
            return (null, RawBody.Problem(StatusCodes.Status404NotFound, $"There is no channel '{channelName}'. Channels: {ChannelNames(workspace)}."));
        }

        return workspace.FindMessage(channel.Id, messageId) is { } message && message.IsSeenBy(person.Id)
            ? (message, null)
            : (null, RawBody.Problem(StatusCodes.Status404NotFound, $"There is no message '{messageId}' in '{channelName}' that {person.Id} sees."));
    }

    private static IResult BadRequest(string error) => RawBody.Problem(StatusCodes.Status400BadRequest, error);

    private static string ChannelNames(LocalWorkspace workspace) => string.Join(", ", workspace.Channels.Where(c => !c.IsDirect).Select(c => c.Name));
}
