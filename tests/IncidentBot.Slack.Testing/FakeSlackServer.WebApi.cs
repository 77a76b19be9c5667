using Microsoft.AspNetCore.Http;

namespace IncidentBot.Slack.Testing;

/// <summary>The Web API half of the fake (to be completed: method specs, recorded calls, faults).</summary>
public sealed partial class FakeSlackServer
{
    private Task HandleApiAsync(HttpContext context, string method)
    {
        _ = this;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync($$"""{"ok":false,"error":"unknown_method","method":"{{method}}"}""");
    }
}
