using IncidentBot.Slack.WebApi;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IncidentBot.Slack;

/// <summary>
/// Asks Slack at start whose token <c>Slack:BotToken</c> is (<c>auth.test</c>). A token Slack refuses stops the
/// start with Slack's reason: the bot could not page anyone, and would only find out message by message.
/// Slack being unreachable (or slow) does not: the bot starts, and what it says waits in the outbox.
/// </summary>
public sealed partial class SlackTokenCheck(ISlackBotIdentity identity, TimeProvider time, ILogger<SlackTokenCheck> logger) : IHostedService
{
    /// <summary>How long the start waits for Slack before going on without the answer.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    /// <summary>
    /// <c>auth.test</c>'s errors that mean the token itself is refused
    /// (<see href="https://docs.slack.dev/reference/methods/auth.test">auth.test</see>; <c>token_expired</c> from token rotation).
    /// </summary>
    private static readonly HashSet<string> Refusals = ["not_authed", "invalid_auth", "token_revoked", "token_expired", "account_inactive"];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var patience = new CancellationTokenSource(Patience, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, patience.Token);
        try
        {
            var bot = await identity.GetAsync(linked.Token).ConfigureAwait(false);
            LogConnected(logger, bot.TeamId, bot.UserId);
        }
        catch (SlackApiException e) when (Refusals.Contains(e.Error))
        {
            throw new OptionsValidationException(SlackOptions.SectionName, typeof(SlackOptions),
                [$"Slack refused Slack:BotToken ({e.Error}): copy the Bot User OAuth Token (xoxb-…) from the app's OAuth & Permissions page, and reinstall the app if it was revoked."]);
        }
        catch (Exception e) when (SlackCallFailure.Is(e) || (e is OperationCanceledException && patience.IsCancellationRequested))
        {
            LogUnreachable(logger, e.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack accepted the bot token: workspace {TeamId}, bot user {UserId}")]
    private static partial void LogConnected(ILogger logger, string teamId, string userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack could not confirm the bot token at start ({Reason}); the bot starts anyway and its messages wait in the outbox until Slack answers")]
    private static partial void LogUnreachable(ILogger logger, string reason);
}
