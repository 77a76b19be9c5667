using IncidentBot.Alerts;
using IncidentBot.Core.Alerts;
using IncidentBot.Core.Workflow;

namespace IncidentBot.Endpoints;

/// <summary>
/// <c>POST /alerts/{source}</c>: admitted by the source's gate on the raw body, then parsed, then recorded before the
/// answer. A source without its secret answers 404 as an unknown one does; a refused request records nothing.
/// </summary>
public static class AlertEndpoints
{
    public static IEndpointRouteBuilder MapAlerts(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/alerts/{source}", ReceiveAsync);
        return endpoints;
    }

    private static async Task<IResult> ReceiveAsync(
        string source, HttpRequest request, AlertParserCatalog parsers, AlertSourceGates gates, AlertIntake intake, CancellationToken cancellationToken)
    {
        if (!parsers.TryGet(source, out var parser) || !gates.TryGet(parser.Source, out var gate))
        {
            return RawBody.Problem(StatusCodes.Status404NotFound, $"Unknown alert source '{source}'. Known sources: {string.Join(", ", gates.Configured)}.");
        }

        if (gate.Unconfigured is { } howTo)
        {
            return RawBody.Problem(StatusCodes.Status404NotFound, $"The alert source '{parser.Source}' is not configured: {howTo}.");
        }

        var body = await RawBody.ReadAsync(request, cancellationToken);
        if (body is null)
        {
            return RawBody.TooLarge();
        }

        if (await gate.AdmitAsync(request, body, cancellationToken) is { } answer)
        {
            return answer;
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
