using IncidentBot.Teams.Activities;
using IncidentBot.Teams.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace IncidentBot.Teams.Inbound;

/// <summary>
/// <c>POST /api/messages</c>, where Teams (the Bot Connector) sends activities. The caller's token is checked
/// (<see cref="TeamsRequestAuthenticator"/>) before anything of the body is read but the two fields it is checked
/// against; a refused request gets 401, 403 or 503 and nothing is recorded. An accepted activity is handled before
/// the answer (Teams waits up to 15 s; the bot's handling writes and queues, it does not call Teams), so an answer
/// of 200 means it was taken in.
/// </summary>
public static partial class TeamsEndpoints
{
    /// <summary>Teams' activities (a message at its 28 KB limit, with its entities and channel data) stay well below this.</summary>
    public const int MaxBytes = 512 * 1024;

    private const string LoggerName = "IncidentBot.Teams.Inbound.TeamsEndpoints";

    public static IEndpointRouteBuilder MapTeams(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost("/api/messages", MessagesAsync);
        return endpoints;
    }

    // Once a request is authenticated, its handling runs to the end even if Teams hangs up: an activity cut off
    // half-way would already count as taken and its retry would be dropped.
    private static async Task<IResult> MessagesAsync(
        HttpContext context, TeamsRequestAuthenticator authenticator, TeamsActivityHandler handler, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(LoggerName);
        if (await ReadAsync(context) is not { } body)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, $"the body is larger than {MaxBytes} bytes");
        }

        if (TeamsActivityAddress.Read(body) is not { } address)
        {
            return Problem(StatusCodes.Status400BadRequest, "the body is not one activity: a JSON object naming channelId and serviceUrl once each");
        }

        var authenticated = await authenticator.AuthenticateAsync(context.Request.Headers.Authorization.FirstOrDefault(), address.ChannelId, address.ServiceUrl, context.RequestAborted);
        if (!authenticated.IsAccepted)
        {
            LogRefused(logger, authenticated.StatusCode, authenticated.Reason);
            return Problem(authenticated.StatusCode, authenticated.Reason ?? "refused");
        }

        TeamsActivity activity;
        try
        {
            activity = TeamsActivityReader.Read(body);
        }
        catch (TeamsActivityFormatException e)
        {
            return Problem(StatusCodes.Status400BadRequest, e.Message);
        }

        var answer = await handler.HandleAsync(activity, CancellationToken.None);
        return answer is null ? Results.Ok() : Results.Json(answer);
    }

    private static IResult Problem(int status, string error) => Results.Json(new { error }, statusCode: status);

    /// <summary>The whole body, or null when it is larger than <see cref="MaxBytes"/>.</summary>
    private static async Task<byte[]?> ReadAsync(HttpContext context)
    {
        if (context.Request.ContentLength > MaxBytes)
        {
            return null;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBytes;
        }

        using var body = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                if (body.Length + read > MaxBytes)
                {
                    return null;
                }

                body.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }

        return body.ToArray();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Teams request refused with {Status}: {Reason}")]
    private static partial void LogRefused(ILogger logger, int status, string? reason);
}
