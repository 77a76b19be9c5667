using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using IncidentBot.Core.People;
using IncidentBot.Local;
using IncidentBot.Tests.Host;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IncidentBot.Tests.Calendars;

/// <summary>
/// The real host on the local platform with a <c>primary</c> schedule (Ada and Kofi weekly in London), a public address
/// the links are made under, and every log line it writes kept, to look for tokens in.
/// </summary>
public sealed partial class CalendarBot : IAsyncDisposable
{
    public const string PublicBaseUrl = "https://oncall.example.com";

    private CalendarBot(BotFactory factory)
    {
        Factory = factory;
        factory.Settings["IncidentBot:PublicBaseUrl"] = PublicBaseUrl;
        factory.Settings["OnCall:Schedules:primary:Zone"] = "Europe/London";
        factory.Settings["OnCall:Schedules:primary:Layers:0:People:0"] = "ada";
        factory.Settings["OnCall:Schedules:primary:Layers:0:People:1"] = "kofi";
        factory.Settings["OnCall:Schedules:primary:Layers:0:Rotation"] = "weekly";
        factory.Settings["OnCall:Schedules:primary:Layers:0:Start"] = "2026-01-05";
        factory.Settings["OnCall:Schedules:primary:Layers:0:HandOff"] = "09:00";
        factory.TestServices = services => services.AddSingleton<ILoggerProvider>(Logs);
        Client = factory.CreateClient();
    }

    public BotFactory Factory { get; }

    public HttpClient Client { get; }

    public RecordingLogs Logs { get; } = new();

    public static CalendarBot Start(string? dataFolder = null) =>
        new(dataFolder is null ? new BotFactory() : new BotFactory(dataFolder, deletesDataFolder: false));

    /// <summary>What the person reads back after typing a command in #incidents.</summary>
    public async Task<string> SayAsync(string personId, string text) =>
        (await Factory.User.SayAsync(Factory.Services.GetRequiredService<IPeopleDirectory>().Find(personId)!, LocalWorkspace.IncidentsChannelId, text)).Reply!;

    /// <summary>The calendar links in a reply, in order.</summary>
    public static IReadOnlyList<Uri> LinksIn(string reply) => [.. Link().Matches(reply).Select(m => new Uri(m.Value))];

    public Task<HttpResponseMessage> GetAsync(Uri link) => Client.GetAsync(link.PathAndQuery);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }

    [GeneratedRegex(@"https://oncall\.example\.com/calendars/\S+\.ics")]
    private static partial Regex Link();

    /// <summary>Every log line of the host, as written.</summary>
    public sealed class RecordingLogs : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Recorder(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Recorder(RecordingLogs logs, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                logs.Lines.Enqueue($"{category} {logLevel}: {formatter(state, exception)} {exception}");
        }
    }
}
