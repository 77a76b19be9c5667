using IncidentBot.Core;
using IncidentBot.Core.Metrics;
using IncidentBot.Core.Storage;
using IncidentBot.Endpoints;
using IncidentBot.Security;

namespace IncidentBot.Api;

/// <summary>
/// <c>GET /api/metrics</c>: response times and incident counts by week or by service (<see cref="ResponseMetricsReport"/>),
/// as JSON or CSV (<see cref="MetricsReportJson"/>, <see cref="MetricsCsv"/>), with the period's total, behind the API
/// bearer token. Times are seconds; a median is null when no incident got there.
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

        var report = ResponseMetricsReport.For(
            await incidents.ListAsync(cancellationToken), request.Grouping, new MetricsPeriod(request.From, request.To), settings.Zone);
        return request.Csv
            ? Results.Text(MetricsCsv.Write(report), MetricsCsv.ContentType)
            : Results.Json(MetricsReportJson.Of(report), ApiJson.Options);
    }
}
