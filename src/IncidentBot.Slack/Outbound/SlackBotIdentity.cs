using IncidentBot.Slack.WebApi;

namespace IncidentBot.Slack.Outbound;

/// <summary>Asks <c>auth.test</c> once who the bot is; later calls reuse the answer (a failed call is retried next time).</summary>
public sealed class SlackBotIdentity(SlackApiClient slack) : ISlackBotIdentity
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private SlackBotInfo? _info;

    public async Task<SlackBotInfo> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_info is { } known)
        {
            return known;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_info is null)
            {
                var auth = await slack.Auth.TestAsync(cancellationToken).ConfigureAwait(false);
                _info = new SlackBotInfo(auth.UserId, auth.BotId, auth.TeamId, auth.Url);
            }

            return _info;
        }
        finally
        {
            _gate.Release();
        }
    }
}
