using IncidentBot.Core.People;
using IncidentBot.Endpoints;
using IncidentBot.Security;

namespace IncidentBot.Local;

/// <summary>
/// Lets a person act in the local workspace over HTTP (until the browser playground): say something or run
/// <c>/incident …</c> in a channel, press a button, read a channel. Behind the API token; local platform only.
/// </summary>
public static class LocalEndpoints
{
    public static IEndpointRouteBuilder MapLocalWorkspace(this IEndpointRouteBuilder endpoints)
    {
        var local = endpoints.MapGroup("/local").AddEndpointFilter<ApiTokenFilter>();
        local.MapPost("/say", SayAsync);
        local.MapPost("/press", PressAsync);
        local.MapGet("/{channel}", Read);
        return endpoints;
    }

    private static async Task<IResult> SayAsync(LocalSayRequest request, LocalWorkspace workspace, LocalUser user, IPeopleDirectory people, CancellationToken cancellationToken)
    {
        if (people.Find(request.As ?? "") is not { } person)
        {
            return RawBody.Problem(StatusCodes.Status400BadRequest, $"'as' must name a configured person ({string.Join(", ", people.All.Select(p => p.Id))}).");
        }

        if (string.IsNullOrWhiteSpace(request.Text))
        {
            return RawBody.Problem(StatusCodes.Status400BadRequest, "'text' is required: a message, or a command like '/incident ack'.");
        }

        var channel = workspace.Channels.FirstOrDefault(c => !c.IsDirect && c.Name == (request.Channel ?? "incidents"));
        if (channel is null)
        {
            return RawBody.Problem(StatusCodes.Status404NotFound, $"There is no channel '{request.Channel}'. Channels: {string.Join(", ", workspace.Channels.Where(c => !c.IsDirect).Select(c => c.Name))}.");
        }

        var result = await user.SayAsync(person, channel.Id, request.Text, cancellationToken);
        return Results.Json(new { messageId = result.Posted?.MessageId, reply = result.Reply });
    }

    private static async Task<IResult> PressAsync(LocalPressRequest request, LocalUser user, IPeopleDirectory people, CancellationToken cancellationToken)
    {
        if (people.Find(request.As ?? "") is not { } person || string.IsNullOrWhiteSpace(request.Button))
        {
            return RawBody.Problem(StatusCodes.Status400BadRequest, "'as' (a configured person) and 'button' (acknowledge, confirm, cancel, resolve, rollback) are required.");
        }

        var result = await user.PressAsync(person, request.Button, cancellationToken);
        return result is null
            ? RawBody.Problem(StatusCodes.Status404NotFound, $"No '{request.Button}' button is visible to {person.Id}.")
            : Results.Json(new { reply = result.Reply });
    }

    private static IResult Read(string channel, string? @as, LocalWorkspace workspace)
    {
        var found = workspace.Channels.FirstOrDefault(c => c.Name == channel);
        return found is null
            ? RawBody.Problem(StatusCodes.Status404NotFound, $"There is no channel '{channel}'.")
            : Results.Json(workspace.MessagesSeenBy(found.Id, @as).Select(m => new { m.Id, m.At, author = m.AuthorName, m.Text, buttons = m.Buttons.Select(b => b.Label) }));
    }
}
