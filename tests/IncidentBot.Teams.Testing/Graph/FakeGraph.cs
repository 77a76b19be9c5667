using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

using IncidentBot.Teams.Graph;
using IncidentBot.Teams.Testing.Connector;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace IncidentBot.Teams.Testing.Graph;

/// <summary>
/// A fake Microsoft Graph v1.0 on 127.0.0.1 (a free port) with the two calls the bot makes: create a channel in a team
/// (<c>POST /v1.0/teams/{id}/channels</c>, 201 with the channel) and list a team's channels filtered by display name.
/// Only a Graph-scoped token from the <see cref="FakeTeamsTokenEndpoint"/> it was started with is accepted (401
/// otherwise, and a violation when the token was never a Graph one). Bodies are checked against Graph's rules for a
/// new standard channel (<see cref="Violations"/>, answered 400); a display name in use is refused as Graph does, 400
/// <c>NameAlreadyExists</c> (or <see cref="NameTakenStatus"/>). Teams must be added (<see cref="AddTeam"/>; others are
/// 404). <see cref="FailNext"/> queues 403s, 429s, 503s or a lost answer. Every call is recorded (<see cref="Calls"/>).
/// </summary>
public sealed class FakeGraph : IAsyncDisposable
{
    private static readonly char[] ForbiddenInNames = [.. "~#%&*{}+/\\:<>?|'\""];

    private readonly WebApplication _app;
    private readonly FakeTeamsTokenEndpoint _tokens;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private readonly HashSet<string> _teams = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<FakeGraphChannel> _channels = [];
    private readonly List<FakeGraphCall> _calls = [];
    private readonly List<string> _violations = [];
    private readonly Queue<FakeGraphFault> _faults = new();
    private int _nextChannel;

    private FakeGraph(WebApplication app, FakeTeamsTokenEndpoint tokens, TimeProvider time)
    {
        _app = app;
        _tokens = tokens;
        _time = time;
    }

    /// <summary><c>http://127.0.0.1:{port}/v1.0/</c>: the <see cref="TeamsOptions.GraphUrl"/> to configure.</summary>
    public Uri GraphUrl { get; private set; } = new("http://127.0.0.1/v1.0/");

    /// <summary>The status a name in use is refused with: 400 as Graph answers today, or 409.</summary>
    public int NameTakenStatus { get; set; } = 400;

    public IReadOnlyList<FakeGraphChannel> Channels => Locked(() => _channels.ToList());

    public IReadOnlyList<FakeGraphCall> Calls => Locked(() => _calls.ToList());

    /// <summary>What broke Graph's rules; tests assert it is empty.</summary>
    public IReadOnlyList<string> Violations => Locked(() => _violations.ToList());

    public static async Task<FakeGraph> StartAsync(FakeTeamsTokenEndpoint tokens, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var graph = new FakeGraph(app, tokens, timeProvider ?? TimeProvider.System);
        app.MapPost("/v1.0/teams/{teamId}/channels", (HttpContext context, string teamId) => graph.CreateAsync(context, teamId));
        app.MapGet("/v1.0/teams/{teamId}/channels", (HttpContext context, string teamId) => graph.ListAsync(context, teamId));
        await app.StartAsync().ConfigureAwait(false);
        graph.GraphUrl = new Uri(FakeServerAddress.Of(app), "v1.0/");
        return graph;
    }

    /// <summary>A team the app is in, by its group id.</summary>
    public void AddTeam(string groupId) => Locked(() => _teams.Add(groupId));

    /// <summary>A channel already in the team (a person's, or an earlier incident's).</summary>
    public FakeGraphChannel AddChannel(string teamId, string displayName, string? description = null, DateTimeOffset? createdAt = null) =>
        Locked(() => NewChannel(teamId, displayName, description, createdAt ?? _time.GetUtcNow()));

    /// <summary>The next calls get these answers, in order.</summary>
    public void FailNext(params FakeGraphFault[] faults) => Locked(() =>
    {
        foreach (var fault in faults)
        {
            _faults.Enqueue(fault);
        }

        return faults.Length;
    });

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task CreateAsync(HttpContext context, string teamId)
    {
        var text = await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        var body = Parse(text) as JsonObject;
        var (status, answer, retryAfter) = Locked(() =>
        {
            if (Refused(context, teamId) is { } refused)
            {
                return refused;
            }

            var fault = _faults.TryDequeue(out var next) ? next : null;
            if (fault is { AfterApplying: false })
            {
                return (fault.StatusCode, fault.Body(), fault.RetryAfter);
            }

            var problems = Problems(body, context.Request.ContentType);
            if (problems.Count > 0)
            {
                _violations.AddRange(problems);
                return (400, Error("BadRequest", string.Join("; ", problems)), null);
            }

            var name = body!["displayName"]!.GetValue<string>();
            if (_channels.Any(c => c.TeamId.Equals(teamId, StringComparison.OrdinalIgnoreCase) && c.DisplayName.Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                return (NameTakenStatus, Error("NameAlreadyExists", "Channel name already existed, please use other name."), null);
            }

            var channel = NewChannel(teamId, name, body["description"]?.GetValue<string>(), _time.GetUtcNow());
            return fault is not null ? (fault.StatusCode, fault.Body(), fault.RetryAfter) : (201, Json(channel), (TimeSpan?)null);
        });
        await AnswerAsync(context, body, status, answer, retryAfter).ConfigureAwait(false);
    }

    private async Task ListAsync(HttpContext context, string teamId)
    {
        var (status, answer, retryAfter) = Locked(() =>
        {
            if (Refused(context, teamId) is { } refused)
            {
                return refused;
            }

            if (_faults.TryDequeue(out var fault))
            {
                return (fault.StatusCode, fault.Body(), fault.RetryAfter);
            }

            var filter = context.Request.Query["$filter"].ToString();
            const string prefix = "displayName eq '";
            var name = filter.StartsWith(prefix, StringComparison.Ordinal) && filter.EndsWith('\'')
                ? filter[prefix.Length..^1].Replace("''", "'", StringComparison.Ordinal)
                : null;
            var found = _channels.Where(c => c.TeamId.Equals(teamId, StringComparison.OrdinalIgnoreCase) && (name is null || c.DisplayName.Equals(name, StringComparison.OrdinalIgnoreCase)));
            return (200, new JsonObject { ["value"] = new JsonArray([.. found.Select(c => (JsonNode)Json(c))]) }, (TimeSpan?)null);
        });
        await AnswerAsync(context, null, status, answer, retryAfter).ConfigureAwait(false);
    }

    /// <summary>The answer to a call without a good Graph token or to a team the app is not in; null when it may go on.</summary>
    private (int, JsonObject, TimeSpan?)? Refused(HttpContext context, string teamId)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        var token = authorization.StartsWith("Bearer ", StringComparison.Ordinal) ? authorization["Bearer ".Length..] : null;
        switch (_tokens.Check(token, GraphTokens.Scope))
        {
            case FakeTokenState.Unknown:
                _violations.Add(token is null ? "no bearer token" : "a bearer token the token endpoint never issued for Graph");
                return (401, Error("InvalidAuthenticationToken", "Access token validation failure."), null);
            case FakeTokenState.Expired or FakeTokenState.Revoked:
                return (401, Error("InvalidAuthenticationToken", "Access token has expired or is not yet valid."), null);
        }

        return _teams.Contains(teamId) ? null : (404, Error("NotFound", $"No team found with Group Id {teamId}"), null);
    }

    private static List<string> Problems(JsonObject? body, string? contentType)
    {
        var problems = new List<string>();
        if (contentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
        {
            problems.Add($"Content-Type is '{contentType}', not application/json");
        }

        if (body?["displayName"] is not JsonValue nameValue || !nameValue.TryGetValue(out string? name) || string.IsNullOrWhiteSpace(name))
        {
            problems.Add("displayName is required");
            return problems;
        }

        if (name.Length > 50 || name.IndexOfAny(ForbiddenInNames) >= 0 || name.StartsWith('_') || name.StartsWith('.') || name.EndsWith('.'))
        {
            problems.Add($"displayName '{name}' breaks Teams' channel name rules");
        }

        if (body["membershipType"]?.GetValue<string>() is not (null or "standard"))
        {
            problems.Add("membershipType must be standard: bots are not supported in shared channels, and a private one needs the app added to it");
        }

        return problems;
    }

    private FakeGraphChannel NewChannel(string teamId, string displayName, string? description, DateTimeOffset createdAt)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"19:fakechannel{++_nextChannel:D4}@thread.tacv2");
        var channel = new FakeGraphChannel(teamId, id, displayName, description, "standard", createdAt);
        _channels.Add(channel);
        return channel;
    }

    private async Task AnswerAsync(HttpContext context, JsonNode? body, int status, JsonObject answer, TimeSpan? retryAfter)
    {
        var request = context.Request;
        var authorization = request.Headers.Authorization.ToString();
        var token = authorization.StartsWith("Bearer ", StringComparison.Ordinal) ? authorization["Bearer ".Length..] : null;
        Locked(() =>
        {
            _calls.Add(new FakeGraphCall(request.Method, request.Path.Value ?? "", request.QueryString.Value ?? "", body, token, status, _time.GetUtcNow()));
            return 0;
        });
        context.Response.StatusCode = status;
        if (retryAfter is { } wait)
        {
            context.Response.Headers.RetryAfter = ((long)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(answer.ToJsonString(), context.RequestAborted).ConfigureAwait(false);
    }

    private static JsonObject Json(FakeGraphChannel channel) => new()
    {
        ["id"] = channel.Id,
        ["createdDateTime"] = channel.CreatedAt.ToString("O", CultureInfo.InvariantCulture),
        ["displayName"] = channel.DisplayName,
        ["description"] = channel.Description,
        ["membershipType"] = channel.MembershipType,
        ["email"] = "",
        ["webUrl"] = $"https://teams.microsoft.com/l/channel/{Uri.EscapeDataString(channel.Id)}/{Uri.EscapeDataString(channel.DisplayName)}?groupId={channel.TeamId}",
    };

    private static JsonObject Error(string code, string message) => new() { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } };

    private static JsonNode? Parse(string text)
    {
        try
        {
            return text.Length == 0 ? null : JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private T Locked<T>(Func<T> action)
    {
        lock (_gate)
        {
            return action();
        }
    }
}
