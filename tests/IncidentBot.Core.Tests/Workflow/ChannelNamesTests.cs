using IncidentBot.Core.Incidents;
using IncidentBot.Core.Workflow;

namespace IncidentBot.Core.Tests.Workflow;

/// <summary>Incident channel names Slack accepts: <c>inc-&lt;n&gt;-&lt;slug&gt;</c>, lowercase, at most 80 characters.</summary>
public sealed class ChannelNamesTests
{
    [Theory]
    [InlineData(42, "API returns HTTP 500 on 100% of requests", "inc-42-api-returns-http-500-on-100-of-requests")]
    [InlineData(7, "  Checkout -- fails!!  (EU) ", "inc-7-checkout-fails-eu")]
    [InlineData(3, "Café déjà vu: Ünïcode", "inc-3-cafe-deja-vu-unicode")]
    [InlineData(9, "Straße in Ærøskøbing, Łódź", "inc-9-strasse-in-aeroskobing-lodz")]
    [InlineData(5, "Сбой базы данных 🔥", "inc-5")]
    [InlineData(6, "!!!", "inc-6")]
    [InlineData(8, "db_primary.eu-1 down", "inc-8-db-primary-eu-1-down")]
    public void For_Title_IsLowercaseAsciiWordsJoinedByDashes(int number, string title, string expected)
    {
        Assert.Equal(expected, ChannelNames.For(Incident(number, title)));
    }

    [Fact]
    public void For_LongTitle_IsCutAtAWordToEightyCharacters()
    {
        var title = string.Join(' ', Enumerable.Repeat("database connection pool exhausted", 6));

        var name = ChannelNames.For(Incident(12345, title));

        Assert.InRange(name.Length, 60, ChannelNames.MaxLength);
        Assert.StartsWith("inc-12345-database-connection-pool-exhausted-database", name, StringComparison.Ordinal);
        Assert.False(name.EndsWith('-'));
        Assert.True(title.Replace(' ', '-').StartsWith(name["inc-12345-".Length..] + "-", StringComparison.Ordinal), name);
    }

    [Fact]
    public void For_OneVeryLongWord_IsCutInsideItToEightyCharacters()
    {
        var name = ChannelNames.For(Incident(1, new string('x', 200)));

        Assert.Equal("inc-1-" + new string('x', ChannelNames.MaxLength - "inc-1-".Length), name);
    }

    [Fact]
    public void Slug_EmptyText_IsEmpty()
    {
        Assert.Equal("", ChannelNames.Slug("", 20));
    }

    private static Incident Incident(int number, string title)
    {
        var incident = Core.Incidents.Incident.Open(title, Severity.Sev2, null, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, null);
        incident.State.Number = number;
        return incident;
    }
}
