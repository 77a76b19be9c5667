using System.Net;

namespace IncidentBot.Slack.Tests.Inbound;

/// <summary>Answers every request with <see cref="Status"/> (or throws <see cref="Failure"/>) and keeps what was sent.</summary>
internal sealed class StubHttpHandler : HttpMessageHandler
{
    public HttpStatusCode Status { get; set; } = HttpStatusCode.OK;

    public Exception? Failure { get; set; }

    public List<(HttpMethod Method, Uri? Url, string? ContentType, string Body)> Requests { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add((request.Method, request.RequestUri, request.Content?.Headers.ContentType?.MediaType, body));
        return Failure is null ? new HttpResponseMessage(Status) : throw Failure;
    }
}
