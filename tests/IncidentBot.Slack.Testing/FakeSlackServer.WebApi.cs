using System.Globalization;
using System.Text.Json.Nodes;

using Microsoft.AspNetCore.Http;

namespace IncidentBot.Slack.Testing;

/// <summary>
/// The Web API half of the fake: every call is recorded, checked against its method spec (problems go to
/// <see cref="Violations"/>), then answered by a queued <see cref="FakeFault"/>, a test's
/// <see cref="RespondTo"/>, the workspace's handler for the method, or the spec's success example.
/// </summary>
public sealed partial class FakeSlackServer
{
    public const string AppConnectionsOpen = "apps.connections.open";

    private readonly TimeProvider _time;
    private readonly FakeSlackWorkspace _workspace;
    private readonly FakeFilesMethods _files;
    private readonly Dictionary<string, Func<FakeSlackCall, JsonObject>> _handlers;
    private readonly IReadOnlyDictionary<string, SlackMethodSpec> _specs = SlackMethodSpecs.Load();

    /// <summary>When set, the only bot token accepted (others get <c>invalid_auth</c>); null accepts any <c>xoxb-</c>/<c>xoxp-</c> token.</summary>
    public string? BotToken { get; set; }

    /// <summary>When set, the only app-level token accepted; null accepts any <c>xapp-</c> token.</summary>
    public string? AppToken { get; set; }

    /// <summary>
    /// How long every Web API call waits (on the server's clock) before it is handled: a Slack that works, slowly.
    /// Calls are recorded when they arrive, before the wait.
    /// </summary>
    public TimeSpan Latency { get; set; }

    private async Task HandleApiAsync(HttpContext context, string method)
    {
        var call = await FakeCallReader.ReadAsync(context, method, _time.GetUtcNow()).ConfigureAwait(false);
        Record(call);
        if (!_specs.TryGetValue(method, out var spec))
        {
            AddViolation(method, "no such Web API method");
            await WriteJsonAsync(context, StatusCodes.Status200OK, new JsonObject { ["ok"] = false, ["error"] = "unknown_method" }).ConfigureAwait(false);
            return;
        }

        var problems = SpecValidator.Validate(spec, call);
        foreach (var problem in problems)
        {
            AddViolation(method, problem);
        }

        if (Latency > TimeSpan.Zero && !await ApplyFaultAsync(context, FakeFault.Delay(Latency)).ConfigureAwait(false))
        {
            return;
        }

        var fault = TakeFault(call);
        if (fault is { Kind: not FakeFaultKind.AppliedThenLate } && !await ApplyFaultAsync(context, fault).ConfigureAwait(false))
        {
            return;
        }

        var body = TokenError(call) ?? (problems.Count > 0 ? FakeSlackError.InvalidArguments([.. problems]).Body() : Answer(spec, call));
        if (fault is { Kind: FakeFaultKind.AppliedThenLate } && !await HoldAsync(context, fault.Duration).ConfigureAwait(false))
        {
            return;
        }

        await WriteJsonAsync(context, StatusCodes.Status200OK, body).ConfigureAwait(false);
    }

    private async Task HandleUploadAsync(HttpContext context, string fileId)
    {
        using var bytes = new MemoryStream();
        await context.Request.Body.CopyToAsync(bytes, context.RequestAborted).ConfigureAwait(false);
        (bool Found, string? Violation) outcome;
        lock (_workspace.Gate)
        {
            outcome = _files.ReceiveBytes(fileId, bytes.ToArray());
        }

        if (outcome.Violation is { } violation)
        {
            AddViolation("upload", violation);
        }

        context.Response.StatusCode = outcome.Found ? StatusCodes.Status200OK : StatusCodes.Status404NotFound;
        context.Response.ContentType = "text/plain";
        await context.Response.WriteAsync(outcome.Found ? $"OK - {bytes.Length}" : "Not Found", context.RequestAborted).ConfigureAwait(false);
    }

    private JsonObject Answer(SlackMethodSpec spec, FakeSlackCall call)
    {
        try
        {
            lock (_workspace.Gate)
            {
                return Override(spec.Name) is { } respond ? respond(call)
                    : _handlers.TryGetValue(spec.Name, out var handle) ? handle(call)
                    : spec.SuccessExample?.DeepClone().AsObject() ?? new JsonObject { ["ok"] = true };
            }
        }
        catch (FakeSlackError error)
        {
            return error.Body();
        }
    }

    /// <summary>Slack's answer to a missing token, or one of the wrong kind or not the configured one; null when it is fine.</summary>
    private JsonObject? TokenError(FakeSlackCall call)
    {
        var token = call.Token ?? call.Arg("token");
        var wantsApp = call.Method == AppConnectionsOpen;
        if (token is null)
        {
            return new JsonObject { ["ok"] = false, ["error"] = "not_authed" };
        }

        var isApp = token.StartsWith("xapp-", StringComparison.Ordinal);
        if (wantsApp != isApp || (!isApp && !token.StartsWith("xoxb-", StringComparison.Ordinal) && !token.StartsWith("xoxp-", StringComparison.Ordinal)))
        {
            AddViolation(call.Method, wantsApp ? "needs the app-level token (xapp-…)" : "needs a bot or user token (xoxb-/xoxp-…), not " + token.Split('-')[0]);
            return new JsonObject { ["ok"] = false, ["error"] = "not_allowed_token_type" };
        }

        var expected = isApp ? AppToken : BotToken;
        return expected is null || expected == token ? null : new JsonObject { ["ok"] = false, ["error"] = "invalid_auth" };
    }

    /// <summary>Answers with the fault; true when the call should then be answered normally (a delay that ran out).</summary>
    private async Task<bool> ApplyFaultAsync(HttpContext context, FakeFault fault)
    {
        switch (fault.Kind)
        {
            case FakeFaultKind.Delay:
                return await HoldAsync(context, fault.Duration).ConfigureAwait(false);

            case FakeFaultKind.Disconnect:
                context.Abort();
                return false;
            case FakeFaultKind.RateLimited:
                context.Response.Headers["retry-after"] = Math.Ceiling(fault.Duration.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                await WriteAsync(context, fault.StatusCode, "application/json;charset=utf-8", fault.Body!).ConfigureAwait(false);
                return false;
            case FakeFaultKind.ServerError:
                await WriteAsync(context, fault.StatusCode, "text/plain", fault.Body!).ConfigureAwait(false);
                return false;
            default:
                await WriteAsync(context, fault.StatusCode, "application/json; charset=utf-8", fault.Body!).ConfigureAwait(false);
                return false;
        }
    }

    /// <summary>Waits <paramref name="duration"/> on the server's clock; false when the client gave up or the server is stopping first.</summary>
    private async Task<bool> HoldAsync(HttpContext context, TimeSpan duration)
    {
        try
        {
            using var held = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
            await Task.Delay(duration, _time, held.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static Task WriteJsonAsync(HttpContext context, int status, JsonObject body) =>
        WriteAsync(context, status, "application/json; charset=utf-8", body.ToJsonString());

    private static async Task WriteAsync(HttpContext context, int status, string contentType, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        await context.Response.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }
}
