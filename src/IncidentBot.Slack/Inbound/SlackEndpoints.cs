using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace IncidentBot.Slack.Inbound;

/// <summary>
/// Slack's HTTP endpoints: <c>POST /slack/commands</c> (slash commands), <c>/slack/interactions</c>
/// (https://docs.slack.dev/interactivity/handling-user-interaction) and <c>/slack/events</c>
/// (https://docs.slack.dev/apis/events-api/). Each request's signature is verified on its raw body before
/// anything parses it; a request that fails gets 401 and is neither recorded nor handled. A command or interaction
/// whose signature was seen before gets 409 (<see cref="SlackReplayGuard"/>). Without a signing secret the endpoints
/// are not mapped at all.
/// </summary>
public static partial class SlackEndpoints
{
    public const string RetryNumHeader = "X-Slack-Retry-Num";
    public const string RetryReasonHeader = "X-Slack-Retry-Reason";

    /// <summary>Asks Slack not to redeliver an event whose body it will never get a better answer for.</summary>
    public const string NoRetryHeader = "X-Slack-No-Retry";

    private const string LoggerName = "IncidentBot.Slack.Inbound.SlackEndpoints";

    public static IEndpointRouteBuilder MapSlack(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (string.IsNullOrEmpty(endpoints.ServiceProvider.GetRequiredService<IOptions<SlackOptions>>().Value.SigningSecret))
        {
            LogNotMapped(endpoints.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(LoggerName));
            return endpoints;
        }

        var slack = endpoints.MapGroup("/slack");
        slack.MapPost("/commands", CommandsAsync);
        slack.MapPost("/interactions", InteractionsAsync);
        slack.MapPost("/events", EventsAsync);
        return endpoints;
    }

    // Once a request is verified, its handling runs to the end even if Slack hangs up (it does after 3 s):
    // a delivery cut off half-way would already count as taken and its retry would be dropped.
    private static async Task<IResult> CommandsAsync(HttpContext context, SlackSignatureVerifier verifier, SlackReplayGuard replays, ISlackInbound inbound)
    {
        var (body, refusal) = await SlackRequestBody.ReadVerifiedOnceAsync(context, verifier, replays);
        if (refusal is not null)
        {
            return refusal;
        }

        if (SlashCommandParser.FromForm(ParseForm(body)) is not { } command)
        {
            return SlackRequestBody.Problem(StatusCodes.Status400BadRequest, "not a slash command: command, user_id, channel_id or team_id is missing");
        }

        if (!command.IsBotCommand)
        {
            return SlackRequestBody.Problem(StatusCodes.Status400BadRequest, $"this app answers {SlashCommand.BotCommand} only");
        }

        return Answer(await inbound.HandleSlashCommandAsync(command, CancellationToken.None));
    }

    private static async Task<IResult> InteractionsAsync(HttpContext context, SlackSignatureVerifier verifier, SlackReplayGuard replays, ISlackInbound inbound)
    {
        var (body, refusal) = await SlackRequestBody.ReadVerifiedOnceAsync(context, verifier, replays);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!ParseForm(body).TryGetValue("payload", out var payload) || payload.Count != 1 || ParseObject(() => JsonDocument.Parse(payload.ToString())) is not { } document)
        {
            return SlackRequestBody.Problem(StatusCodes.Status400BadRequest, "the form field 'payload' is missing or is not a JSON object");
        }

        using (document)
        {
            return Answer(await inbound.HandleInteractionAsync(document.RootElement, CancellationToken.None));
        }
    }

    private static async Task<IResult> EventsAsync(HttpContext context, SlackSignatureVerifier verifier, ISlackInbound inbound, ILoggerFactory loggers)
    {
        var (body, refusal) = await SlackRequestBody.ReadVerifiedAsync(context, verifier);
        if (refusal is not null)
        {
            return refusal;
        }

        if (ParseObject(() => JsonDocument.Parse(body)) is not { } document)
        {
            context.Response.Headers[NoRetryHeader] = "1";
            return SlackRequestBody.Problem(StatusCodes.Status400BadRequest, "the body is not a JSON object");
        }

        using (document)
        {
            var callback = document.RootElement;
            if (callback.String("type") == "url_verification")
            {
                return callback.String("challenge") is { } challenge
                    ? Results.Json(new { challenge })
                    : SlackRequestBody.Problem(StatusCodes.Status400BadRequest, "url_verification without a challenge");
            }

            if (callback.String("event_id") is { Length: > SlackEventHandler.LongestEventId })
            {
                context.Response.Headers[NoRetryHeader] = "1";
                return SlackRequestBody.Problem(StatusCodes.Status400BadRequest, $"event_id is longer than {SlackEventHandler.LongestEventId} characters");
            }

            if (context.Request.Headers[RetryNumHeader] is { Count: > 0 } attempt)
            {
                // Slack redelivers when an answer took over 3 s or failed; the handler dedupes by event_id.
                LogRedelivery(loggers.CreateLogger(LoggerName), callback.String("event_id"), attempt.ToString(), context.Request.Headers[RetryReasonHeader].ToString());
            }

            return Answer(await inbound.HandleEventAsync(callback, CancellationToken.None));
        }
    }

    private static Dictionary<string, StringValues> ParseForm(byte[] body) =>
        QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body));

    private static JsonDocument? ParseObject(Func<JsonDocument> parse)
    {
        JsonDocument document;
        try
        {
            document = parse();
        }
        catch (JsonException)
        {
            return null;
        }

        if (document.RootElement.ValueKind == JsonValueKind.Object)
        {
            return document;
        }

        document.Dispose();
        return null;
    }

    private static IResult Answer(SlackAck ack) => ack.Body is null ? Results.Ok() : Results.Json(ack.Body);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack HTTP endpoints are not mapped: Slack:SigningSecret is not set (requests could not be verified)")]
    private static partial void LogNotMapped(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack redelivered event {EventId} (attempt {Attempt}, reason {Reason})")]
    private static partial void LogRedelivery(ILogger logger, string? eventId, string attempt, string reason);
}
