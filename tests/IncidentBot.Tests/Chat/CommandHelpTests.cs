using IncidentBot.Local;

namespace IncidentBot.Tests.Chat;

/// <summary>What a person reads when they do not know (or mistype) a subcommand.</summary>
public sealed class CommandHelpTests : IAsyncLifetime
{
    private static readonly string[] Subcommands =
    [
        "declare", "ack", "note", "rollback", "severity", "lead", "page", "update", "rootcause", "followup",
        "mitigated", "resolve", "reopen", "timeline", "postmortem", "oncall", "help",
    ];

    private readonly ChatBot _bot = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _bot.DisposeAsync().AsTask();

    [Theory]
    [InlineData("/incident")]
    [InlineData("/incident help")]
    [InlineData("/incident   HELP  ")]
    public async Task Help_TypedAloneOrAsHelp_ListsEverySubcommandAndRecordsNothing(string typed)
    {
        var reply = await _bot.SayChangingNothingAsync(_bot.Kofi, LocalWorkspace.IncidentsChannelId, typed);

        Assert.StartsWith("*Usage:* `/incident <subcommand>`", reply, StringComparison.Ordinal);
        AssertListsEverySubcommand(reply);
        Assert.DoesNotContain("Unknown", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Incident_UnknownSubcommand_NamesItListsUsageAndRecordsNothing()
    {
        var reply = await _bot.SayChangingNothingAsync(_bot.Kofi, LocalWorkspace.IncidentsChannelId, "/incident acknowledge now");

        Assert.StartsWith("Unknown subcommand `acknowledge`.", reply, StringComparison.Ordinal);
        Assert.Contains("*Usage:* `/incident <subcommand>`", reply, StringComparison.Ordinal);
        AssertListsEverySubcommand(reply);
        Assert.Contains(
            _bot.Workspace.MessagesSeenBy(LocalWorkspace.IncidentsChannelId, _bot.Kofi.Id),
            m => m.VisibleTo == _bot.Kofi.Id && m.Text == reply);
        Assert.DoesNotContain(_bot.Workspace.MessagesSeenBy(LocalWorkspace.IncidentsChannelId, _bot.Ada.Id), m => m.Text == reply);
    }

    private static void AssertListsEverySubcommand(string reply)
    {
        var lines = reply.Split('\n');
        var named = lines.Where(line => line.StartsWith("• `/incident ", StringComparison.Ordinal))
            .Select(line => line["• `/incident ".Length..].Split(' ', '`')[0])
            .ToList();
        Assert.Equal(Subcommands.Order(StringComparer.Ordinal), named.Order(StringComparer.Ordinal));
    }
}
