namespace IncidentBot.Slack.Tests.WebApi;

/// <summary>The recorded Slack answers in <c>Fixtures/web_api</c>.</summary>
internal static class WebApiFixtures
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "web_api", name));
}
