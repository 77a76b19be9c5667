using IncidentBot.Core.Alerts;
using IncidentBot.Core.Workflow;
using IncidentBot.Security;

namespace IncidentBot.Endpoints;

/// <summary><c>POST /alerts/{source}</c>: authenticated, then parsed, then recorded before the answer.</summary>
public static class AlertEndpoints
{
    public static IEndpointRouteBuilder MapAlerts(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/alerts/{source}", ReceiveAsync);
        return endpoints;
    }

    private static async Task<IResult> ReceiveAsync(
        string source, HttpRequest request, AlertParserCatalog parsers, SecretBook secrets, AlertIntake intake, CancellationToken cancellationToken)
    {
        if (!parsers.TryGet(source, out var parser))
        {
            return RawBody.Problem(StatusCodes.Status404NotFound, $"Unknown alert source '{source}'. Known sources: {string.Join(", ", parsers.Sources)}.");
        }

        var (body, refusal) = await AuthenticatedBody.ReadAsync(request, secrets.ForAlertSource(parser.Source), cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var parsed = parser.Parse(body);
        if (!parsed.IsSuccess)
        {
            return RawBody.Problem(StatusCodes.Status400BadRequest, parsed.Error!);
        }

        var result = await intake.ReceiveAsync(parsed.Alerts, cancellationToken);
        return Results.Json(
            new { opened = result.Opened, updated = result.Updated, unchanged = result.Unchanged, ignored = result.Ignored },
            statusCode: StatusCodes.Status202Accepted);
    }
}
