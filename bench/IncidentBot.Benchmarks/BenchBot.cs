using IncidentBot.Slack.Testing;

namespace IncidentBot.Benchmarks;

/// <summary>What the benchmarks that run the bot's own binary on the fake Slack share: its settings and the machine's load.</summary>
public static class BenchBot
{
    public const string Token = "bench-token";
    public const string SigningSecret = "bench-signing-secret";

    /// <summary>The bot on Slack at <paramref name="slack"/>, its data in <paramref name="dataFolder"/>, the on-call person as ada@example.com.</summary>
    public static Dictionary<string, string> Settings(FakeSlackServer slack, string dataFolder) => new()
    {
        ["IncidentBot__DataFolder"] = dataFolder,
        ["IncidentBot__ApiToken"] = Token,
        ["Alerts__generic__Token"] = Token,
        ["Slack__BotToken"] = "xoxb-bench",
        ["Slack__SigningSecret"] = SigningSecret,
        ["Slack__ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
        ["People__0__Email"] = "ada@example.com",
        ["Logging__LogLevel__Default"] = "Warning",
    };

    /// <summary>The 1, 5 and 15 minute load averages (the machine is shared: say how busy it was).</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
