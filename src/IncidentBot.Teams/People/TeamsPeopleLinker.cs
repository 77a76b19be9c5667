using System.Collections.Concurrent;
using IncidentBot.Core.People;
using IncidentBot.Teams.Activities;
using IncidentBot.Teams.Connector;
using IncidentBot.Teams.Outbound;
using Microsoft.Extensions.Logging;

namespace IncidentBot.Teams.People;

/// <summary>
/// Links Teams accounts to the bot's people, in <see cref="IPeopleDirectory"/>. A Teams user has two ids: their
/// Microsoft Entra object id (what <c>ChatIds:teams</c> holds, what activities' <c>from.aadObjectId</c> brings) and
/// their Teams id (<c>29:…</c>, what @mentions carry). A person is found by either, or, when they have no
/// <c>ChatIds:teams</c>, by their email among a conversation's members (<c>pagedmembers</c> gives each member's
/// <c>email</c> and <c>userPrincipalName</c>); both ids are then linked, the object id first, so pages reach them 1:1
/// and mentions name them. Every activity's <c>from</c> teaches the Teams id of a person known by object id.
/// A Teams user who is in no roster stays unlinked: the core treats them as a guest.
/// </summary>
public sealed partial class TeamsPeopleLinker(
    IPeopleDirectory people, BotConnectorClient connector, TeamsAddressBook addresses, TimeProvider time, ILogger<TeamsPeopleLinker> logger)
{
    /// <summary>A conversation's members are listed again for an unknown mention at most this often.</summary>
    public static readonly TimeSpan RescanAfter = TimeSpan.FromMinutes(1);

    /// <summary>A scan made while Teams waits for the answer to an activity gives up after this (Teams waits about 15 s).</summary>
    public static readonly TimeSpan InlineBudget = TimeSpan.FromSeconds(5);

    private const int PageSize = 200;

    /// <summary>When each conversation was last listed for an unknown mention (a listing at start does not count: people join after).</summary>
    private readonly ConcurrentDictionary<string, DateTimeOffset> _scannedForMention = new(StringComparer.Ordinal);

    /// <summary>Whether some of the bot's people have an email and no Teams account linked yet.</summary>
    public bool AnyToFindByEmail => people.All.Any(p => p.Email is not null && TeamsPeople.IdOf(p) is null);

    /// <summary>The person behind an activity's sender, linking their Teams id when they are known by object id (or the reverse).</summary>
    public Person? Learn(TeamsAccount? account)
    {
        if (account is null || (account.Id is null && account.AadObjectId is null) || account.Id?.StartsWith("28:", StringComparison.Ordinal) == true)
        {
            return null;
        }

        var person = Known(account.AadObjectId) ?? Known(account.Id);
        if (person is not null)
        {
            LinkIds(person, account.AadObjectId, account.Id);
        }

        return person;
    }

    /// <summary>Links each member to their person, by either id or (for people without <c>ChatIds:teams</c>) by email; returns how many are people.</summary>
    public int Link(IEnumerable<TeamsMember> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var found = 0;
        foreach (var member in members)
        {
            var person = Known(member.AadObjectId) ?? Known(member.Id) ?? ByEmail(member.Email) ?? ByEmail(member.UserPrincipalName);
            if (person is null)
            {
                continue;
            }

            LinkIds(person, member.AadObjectId, member.Id);
            found++;
        }

        return found;
    }

    /// <summary>Lists every member of <paramref name="conversationId"/> (a team, a channel or a thread of it) and links them.</summary>
    public async Task<int> ScanAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var conversation = TeamsAddressBook.ChannelOf(conversationId);
        var serviceUrl = await addresses.ServiceUrlOfAsync(conversation, cancellationToken).ConfigureAwait(false);
        var found = 0;
        string? continuation = null;
        do
        {
            var page = await connector.GetPagedMembersAsync(serviceUrl, conversation, PageSize, continuation, cancellationToken).ConfigureAwait(false);
            found += Link(page.Members);
            continuation = page.ContinuationToken;
        }
        while (!string.IsNullOrEmpty(continuation));

        LogScanned(logger, conversation, found);
        return found;
    }

    /// <summary>
    /// Before a command runs: when it @mentions a Teams user the directory does not know, the conversation's members are
    /// listed (at most every <see cref="RescanAfter"/>, within <see cref="InlineBudget"/>), so a roster person known only
    /// by email is found. Teams being slow or down leaves the mention unknown; the command then says so.
    /// </summary>
    public async Task LearnMentionedAsync(string conversationId, IEnumerable<TeamsMention> mentions, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(mentions);
        var conversation = TeamsAddressBook.ChannelOf(conversationId);
        if (!mentions.Any(m => Known(m.Id) is null)
            || (_scannedForMention.TryGetValue(conversation, out var at) && time.GetUtcNow() - at < RescanAfter))
        {
            return;
        }

        _scannedForMention[conversation] = time.GetUtcNow();

        await ScanWithinBudgetAsync(conversation, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A scan while Teams waits for an answer: given up after <see cref="InlineBudget"/>, a failure logged, never thrown.</summary>
    public async Task ScanWithinBudgetAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        using var budget = new CancellationTokenSource(InlineBudget, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(budget.Token, cancellationToken);
        try
        {
            await ScanAsync(conversationId, linked.Token).ConfigureAwait(false);
        }
        catch (BotConnectorException e)
        {
            LogScanFailed(logger, conversationId, e.Message);
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            LogScanFailed(logger, conversationId, $"no answer within {InlineBudget.TotalSeconds} s");
        }
    }

    private Person? Known(string? teamsId) =>
        string.IsNullOrEmpty(teamsId) ? null : people.FindByChatId(TeamsOutboxKinds.Platform, teamsId);

    private Person? ByEmail(string? email) =>
        string.IsNullOrWhiteSpace(email)
            ? null
            : people.All.FirstOrDefault(p => TeamsPeople.IdOf(p) is null && string.Equals(p.Email, email.Trim(), StringComparison.OrdinalIgnoreCase));

    private void LinkIds(Person person, string? objectId, string? teamsId)
    {
        foreach (var id in new[] { objectId, teamsId })
        {
            if (!string.IsNullOrEmpty(id) && people.FindByChatId(TeamsOutboxKinds.Platform, id) is null)
            {
                people.Link(TeamsOutboxKinds.Platform, id, person.Id);
                LogLinked(logger, person.Id, id);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Teams account {TeamsId} linked to person {PersonId}")]
    private static partial void LogLinked(ILogger logger, string personId, string teamsId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Listed the members of Teams conversation {Conversation}: {Found} of them are the bot's people")]
    private static partial void LogScanned(ILogger logger, string conversation, int found);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not list the members of Teams conversation {Conversation}: {Error}")]
    private static partial void LogScanFailed(ILogger logger, string conversation, string error);
}
