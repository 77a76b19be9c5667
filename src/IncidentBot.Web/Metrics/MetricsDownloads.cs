using IncidentBot.Core.Metrics;
using IncidentBot.Web.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace IncidentBot.Web.Metrics;

/// <summary>
/// The metrics page's downloads, <c>/metrics.csv</c> and <c>/metrics.json</c>, behind the web face's own access (the
/// page's viewer has no API token): the same report and writers as <c>GET /api/metrics</c>
/// (<see cref="MetricsCsv"/>, <see cref="MetricsReportJson"/>), for the page's query (<see cref="MetricsQuery"/>).
/// </summary>
public static class MetricsDownloads
{
    public const string CsvPath = "/metrics.csv";
    public const string JsonPath = "/metrics.json";

    public static IEndpointRouteBuilder MapMetricsDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(CsvPath, CsvAsync).RequireAuthorization(WebPolicies.Read);
        endpoints.MapGet(JsonPath, JsonAsync).RequireAuthorization(WebPolicies.Read);
        return endpoints;
    }

    private static async Task<IResult> CsvAsync(string? by, string? from, string? to, MetricsReader reader, HttpContext http)
    {
        if (Read(reader, by, from, to) is not { } query)
        {
            return Refused(http, by, from, to, reader);
        }

        var report = await reader.ReportAsync(query, http.RequestAborted).ConfigureAwait(false);
        Attach(http, query.FileName("csv"));
        return Results.Text(MetricsCsv.Write(report), MetricsCsv.ContentType);
    }

    private static async Task<IResult> JsonAsync(string? by, string? from, string? to, MetricsReader reader, HttpContext http)
    {
        if (Read(reader, by, from, to) is not { } query)
        {
            return Refused(http, by, from, to, reader);
        }

        var report = await reader.ReportAsync(query, http.RequestAborted).ConfigureAwait(false);
        Attach(http, query.FileName("json"));
        return Results.Json(MetricsReportJson.Of(report));
    }

    /// <summary>A download is a file kept for later: a value it cannot read is refused, not replaced by a default.</summary>
    private static MetricsQuery? Read(MetricsReader reader, string? by, string? from, string? to) =>
        reader.Read(by, from, to) is { Problems.Count: 0 } query ? query : null;

    private static IResult Refused(HttpContext http, string? by, string? from, string? to, MetricsReader reader)
    {
        SecurityHeadersFilter.Apply(http.Response);
        return Results.Text(string.Join('\n', reader.Read(by, from, to).Problems), "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
    }

    private static void Attach(HttpContext http, string fileName)
    {
        SecurityHeadersFilter.Apply(http.Response);
        http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = fileName }.ToString();
    }
}
