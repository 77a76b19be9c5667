using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace IncidentBot.Teams.Testing.Connector;

/// <summary>
/// A fake Teams Bot Connector on 127.0.0.1 (Kestrel, a free port). Every request is recorded
/// (<see cref="Calls"/>) and checked against the Bot Connector swagger and Teams' own rules: the route exists with
/// that method, the body fits the operation's schema and has what Teams needs, and the bearer token was issued by
/// the <see cref="FakeTeamsTokenEndpoint"/> it was started with. What breaks them is listed in
/// <see cref="Violations"/> (tests assert it is empty) and answered 400/401/404. Calls that pass are applied:
/// conversations are created, activities sent, replied, updated, deleted (<see cref="Conversations"/>,
/// <see cref="Activities"/>), members listed (<see cref="SetMembers"/>). <see cref="FailNext"/> queues 429s, 5xx,
/// 403s or dropped connections; <see cref="MakeUnreachable"/> makes a person refuse 1:1 messages.
/// </summary>
public sealed partial class FakeBotConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly FakeTeamsTokenEndpoint _tokens;
    private readonly TimeProvider _time;
    private readonly BotConnectorSwagger _swagger = BotConnectorSwagger.Load();
    private readonly SwaggerBodyChecker _bodies;

    private FakeBotConnector(WebApplication app, FakeTeamsTokenEndpoint tokens, TimeProvider time)
    {
        _app = app;
        _tokens = tokens;
        _time = time;
        _bodies = new SwaggerBodyChecker(_swagger.Definitions);
    }

    /// <summary><c>http://127.0.0.1:{port}/</c>, with a trailing '/' as Teams' service URLs have (the Playground's has none).</summary>
    public Uri ServiceUrl { get; private set; } = new("http://127.0.0.1/");

    public static async Task<FakeBotConnector> StartAsync(FakeTeamsTokenEndpoint tokens, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new FakeBotConnector(app, tokens, timeProvider ?? TimeProvider.System);
        app.Run(connector.HandleAsync);
        await app.StartAsync().ConfigureAwait(false);
        connector.ServiceUrl = FakeServerAddress.Of(app);
        return connector;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var text = await new StreamReader(request.Body).ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path.ToUriComponent();
        var path = target.Split('?')[0];
        var (operation, values, routeProblem) = _swagger.Match(request.Method, path);
        var authorization = request.Headers.Authorization.ToString();
        var token = authorization.StartsWith("Bearer ", StringComparison.Ordinal) ? authorization["Bearer ".Length..] : null;
        var call = new FakeConnectorCall(request.Method, path, request.QueryString.Value ?? "", operation?.OperationId, values, Parse(text), token, _time.GetUtcNow());
        var (status, answer) = Check(call, operation, routeProblem, text, request.ContentType);
        if (status == 0 && TakeFault(call) is { } fault)
        {
            (status, answer) = (fault.StatusCode, fault.Body());
            if (fault.Disconnect)
            {
                Record(call, 0);
                context.Abort();
                return;
            }

            if (fault.RetryAfter is { } wait)
            {
                context.Response.Headers.RetryAfter = ((long)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        if (status == 0)
        {
            (status, answer) = Apply(call);
        }

        Record(call, status);
        context.Response.StatusCode = status;
        if (answer is not null)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(answer.ToJsonString(), context.RequestAborted).ConfigureAwait(false);
        }
    }

    /// <summary>The answer to a call that breaks the API or Teams' rules (recording why), or status 0 when it is fine.</summary>
    private (int Status, JsonObject? Answer) Check(FakeConnectorCall call, SwaggerOperation? operation, string? routeProblem, string text, string? contentType)
    {
        if (operation is null)
        {
            AddViolation(routeProblem!);
            return (404, Error("NotFound", routeProblem!));
        }

        switch (_tokens.Check(call.Token))
        {
            case FakeTokenState.Unknown:
                AddViolation($"{operation.OperationId}: " + (call.Token is null ? "no bearer token" : "a bearer token the token endpoint never issued"));
                return (401, Error("Unauthorized", "Authorization has been denied for this request."));
            case FakeTokenState.Expired or FakeTokenState.Revoked:
                return (401, Error("Unauthorized", "Authorization has been denied for this request."));
        }

        if (operation.BodyDefinition is not { } definition)
        {
            return (0, null);
        }

        var problems = new List<string>();
        if (text.Length == 0)
        {
            problems.Add($"{operation.OperationId}: the body ({definition}) is required");
        }
        else if (call.Body is null)
        {
            problems.Add($"{operation.OperationId}: the body is not JSON");
        }
        else
        {
            if (contentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
            {
                problems.Add($"{operation.OperationId}: Content-Type is '{contentType}', not application/json");
            }

            problems.AddRange(_bodies.Check(definition, call.Body).Select(p => $"{operation.OperationId}: {p}"));
            problems.AddRange(TeamsWireRules.Check(operation.OperationId, call.Body));
        }

        foreach (var problem in problems)
        {
            AddViolation(problem);
        }

        return problems.Count == 0 ? (0, null) : (400, Error("BadArgument", string.Join("; ", problems)));
    }

    private static JsonObject Error(string code, string message) => new FakeConnectorFault(0, code, message).Body();

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
}
