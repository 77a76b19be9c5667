using IncidentBot.Core;
using IncidentBot.Core.Metrics;
using IncidentBot.Core.Storage;
using IncidentBot.Endpoints;
using IncidentBot.Security;

namespace IncidentBot.Api;

/// <summary>
/// <c>GET /api/metrics</c>: response times and incident counts by week or by service (<see cref="ResponseMetricsReport"/>),
/// as JSON or CSV, behind the API bearer token. Times are seconds; a median is null when no incident got there.
/// </summary>
public static class MetricsApi
{
    public static IEndpointRouteBuilder MapMetricsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/metrics", GetAsync).AddEndpointFilter<ApiTokenFilter>();
        return endpoints;
    }

    private static async Task<IResult> GetAsync(
        string? by, string? from, string? to, string? format, IIncidentStore incidents, IncidentSettings settings, CancellationToken cancellationToken)
    {
        if (!MetricsRequest.TryRead(by, from, to, format, out var request, out var error))
        {
            return RawBody.Problem(StatusCodes.Status400BadRequest, error);
        }

        var zone = settings.Zone;
        var chosen = (await incidents.ListAsync(cancellationToken)).Where(i => Within(request, DateOnly.FromDateTime(zone.ToLocal(i.State.StartedAt).DateTime)));
        var groups = ResponseMetricsReport.Of(chosen, request.Grouping, zone);
        return request.Csv
            ? Results.Text(MetricsCsv.Write(request.Grouping, groups), "text/csv; charset=utf-8")
            : Results.Json(new MetricsReportJson(request.Grouping, zone.Label, [.. groups.Select(MetricsGroupJson.From)]), ApiJson.Options);
    }

    private static bool Within(MetricsRequest request, DateOnly day) =>
        (request.From is not { } from || day >= from) && (request.To is not { } to || day <= to);
}
