using System.Net;
using System.Text;

namespace IncidentBot.Slack.Tests.Inbound;

/// <summary>A body sent without Content-Length (chunked), so the server cannot refuse it by its announced size.</summary>
internal sealed class UnsizedContent(string body) : HttpContent
{
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        stream.WriteAsync(Encoding.UTF8.GetBytes(body)).AsTask();

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
