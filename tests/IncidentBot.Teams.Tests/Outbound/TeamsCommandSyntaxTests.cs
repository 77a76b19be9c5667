using IncidentBot.Teams.Outbound;

namespace IncidentBot.Teams.Tests.Outbound;

public sealed class TeamsCommandSyntaxTests
{
    [Theory]
    [InlineData("Usage: `/incident note <text>`", "Usage: `@IncidentBot note <text>`")]
    [InlineData("Page someone with `/incident page @person`.", "Page someone with `@IncidentBot page @person`.")]
    [InlineData("/incident ack works in an incident channel", "@IncidentBot ack works in an incident channel")]
    [InlineData("see https://wiki.example.com/incident/runbook and a/incident b", "see https://wiki.example.com/incident/runbook and a/incident b")]
    [InlineData("/incidents are listed elsewhere", "/incidents are listed elsewhere")]
    public void Of_CommandsNamedTheSlackWay_AreWrittenAsTeamsUsersTypeThem(string core, string teams) =>
        Assert.Equal(teams, TeamsCommandSyntax.Of(core));
}
