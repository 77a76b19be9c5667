using IncidentBot.Core.Chat;
using IncidentBot.Core.Commands;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.People;
using IncidentBot.Core.Tests.People;
using IncidentBot.Core.Workflow;

namespace IncidentBot.Core.Tests.Commands;

/// <summary>How <c>/incident &lt;sub&gt;</c> finds its command, and the help built from the commands.</summary>
public sealed class CommandRouterTests
{
    private static readonly DateTimeOffset Now = new(2024, 5, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly PeopleDirectory People = new([new Person("ada", "Ada Mensah")]);

    private readonly InMemoryIncidentStore _incidents = new();
    private readonly RecordingCommand _note = new("note");
    private readonly RecordingCommand _declare = new("declare", needsIncident: false);

    [Theory]
    [InlineData("note", "note")]
    [InlineData("note", "NOTE")]
    public void Constructor_TwoCommandsWithOneName_Throws(string first, string second)
    {
        var error = Assert.Throws<ArgumentException>(() => Router(new RecordingCommand(first), _declare, new RecordingCommand(second)));

        Assert.Contains($"'{second}'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("Help")]
    public void Constructor_CommandNamedHelp_ThrowsBecauseHelpIsBuiltIn(string name)
    {
        Assert.Throws<ArgumentException>(() => Router(_note, new RecordingCommand(name)));
    }

    [Fact]
    public void Help_ListsEveryCommandByNameThenHelpItself()
    {
        var help = Router(_note, _declare, new RecordingCommand("ack")).Help();

        Assert.Equal(
            """
            *Usage:* `/incident <subcommand>`
            • `/incident ack <text>` does ack
            • `/incident declare <text>` does declare
            • `/incident note <text>` does note
            • `/incident help` shows this list
            """.ReplaceLineEndings("\n"),
            help.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("help")]
    [InlineData("HELP me")]
    public async Task DispatchAsync_EmptyOrHelp_AnswersHelpAndRunsNothing(string text)
    {
        var router = Router(_note, _declare);

        var reply = await router.DispatchAsync(Typed("C1", text));

        Assert.Equal(router.Help(), reply.Text);
        Assert.Empty(_note.Runs);
        Assert.Empty(_declare.Runs);
    }

    [Fact]
    public async Task DispatchAsync_UnknownName_NamesItAndAnswersHelp()
    {
        var router = Router(_note);

        var reply = await router.DispatchAsync(Typed("C1", "nope at all"));

        Assert.Equal($"Unknown subcommand `nope`.\n{router.Help()}", reply.Text);
        Assert.Empty(_note.Runs);
    }

    [Fact]
    public async Task DispatchAsync_InAnIncidentChannel_RunsTheCommandWithThatIncidentAndTrimmedArguments()
    {
        var incident = await OpenAsync("C-inc-1");

        var reply = await Router(_note).DispatchAsync(Typed("C-inc-1", "  Note \t  db is slow  "));

        Assert.Equal("note ran", reply.Text);
        var run = Assert.Single(_note.Runs);
        Assert.Same(incident, run.Incident);
        Assert.Equal("db is slow", run.Arguments);
        Assert.Equal(("ada", "Ada Mensah", Now), (run.Actor.Id, run.Actor.Name, run.At));
    }

    [Fact]
    public async Task DispatchAsync_IncidentCommandOutsideIncidentChannels_NamesTheOpenIncidentsAndRunsNothing()
    {
        await OpenAsync("C-inc-1");
        var resolved = await OpenAsync("C-inc-2");
        resolved.Resolve("ada", Now, null);
        await OpenAsync("C-inc-3");

        var reply = await Router(_note).DispatchAsync(Typed("C-general", "note db is slow"));

        Assert.StartsWith("`/incident note` works in an incident channel. Open incidents: ", reply.Text, StringComparison.Ordinal);
        Assert.Contains("INC-1 #inc-1", reply.Text, StringComparison.Ordinal);
        Assert.Contains("INC-3 #inc-3", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("INC-2", reply.Text, StringComparison.Ordinal);
        Assert.Empty(_note.Runs);
    }

    [Fact]
    public async Task DispatchAsync_CommandNeedingNoIncidentOutsideIncidentChannels_RunsWithoutOne()
    {
        var reply = await Router(_declare).DispatchAsync(Typed("C-general", "declare Checkout fails"));

        Assert.Equal("declare ran", reply.Text);
        Assert.Null(Assert.Single(_declare.Runs).Incident);
    }

    [Fact]
    public async Task DispatchAsync_ByUnknownUser_RunsAsAGuestNamedByThePlatform()
    {
        await OpenAsync("C-inc-1");

        await Router(_note).DispatchAsync(new CommandInvocation(new ChatUser("slack", "U999", "vera"), "C-inc-1", "note hi", Now));

        Assert.Equal(("U999", "vera"), (_note.Runs[0].Actor.Id, _note.Runs[0].Actor.Name));
    }

    private CommandRouter Router(params IIncidentCommand[] commands) => new(commands, _incidents, new IncidentLocks(), new ChatActors(People, new InMemoryGuestNameStore(), TimeProvider.System));

    private static CommandInvocation Typed(string channelId, string text) => new(new ChatUser("local", "ada"), channelId, text, Now);

    private async Task<Incident> OpenAsync(string channelId)
    {
        var incident = Incident.Open("Checkout fails", Severity.Sev2, null, Now, Now, "ada");
        await _incidents.AddAsync(incident);
        incident.AttachChannel(channelId, $"inc-{incident.Number}", Now);
        return incident;
    }
}
