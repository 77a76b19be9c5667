using System.Text;

namespace IncidentBot.Tests.Calendars;

/// <summary>The independent reader the feed tests rely on: it reads what RFC 5545 allows, and refuses what it does not.</summary>
public sealed class StrictIcsTests
{
    private const string Valid =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nX-WR-CALNAME:A\\, B\\; C\r\n" +
        "BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\nEND:VTIMEZONE\r\n" +
        "BEGIN:VEVENT\r\nUID:1@test\r\nDTSTAMP:20260301T000000Z\r\n" +
        "DTSTART;TZID=Europe/Berlin:20260329T010000\r\nDTEND;TZID=\"Europe/Berlin\":20260329T030000\r\n" +
        "SUMMARY:Ada on call\\nline two \r\n  folded\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    [Fact]
    public void Read_Valid_UnfoldsUnescapesAndResolvesTzidAcrossTheDstGap()
    {
        var calendar = StrictIcs.Read(Encoding.UTF8.GetBytes(Valid));

        Assert.Equal("A, B; C", calendar["X-WR-CALNAME"]);
        var only = Assert.Single(calendar.Events);
        Assert.Equal("Ada on call\nline two  folded", only.Summary);
        Assert.Equal(DateTimeOffset.Parse("2026-03-29T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), only.Start);
        Assert.Equal(TimeSpan.FromHours(1), only.End - only.Start); // 01:00 CET to 03:00 CEST is one hour
    }

    [Theory]
    [InlineData("bare LF", "\r\n", "\n")]
    [InlineData("unknown escape", "Ada on call\\n", "Ada on call\\t")]
    [InlineData("unescaped comma", "Ada on call", "Ada, on call")]
    [InlineData("floating time", "DTSTART;TZID=Europe/Berlin:20260329T010000", "DTSTART:20260329T010000")]
    [InlineData("TZID without VTIMEZONE", "TZID:Europe/Berlin\r\n", "TZID:Europe/Paris\r\n")]
    [InlineData("missing UID", "UID:1@test\r\n", "")]
    [InlineData("unpaired END", "END:VEVENT", "END:VTODO")]
    [InlineData("no colon", "SUMMARY:Ada", "SUMMARY;Ada")]
    [InlineData("ends before it starts", "20260329T030000", "20260329T003000")]
    [InlineData("no version", "VERSION:2.0\r\n", "")]
    public void Read_Broken_IsRefused(string broken, string find, string replace)
    {
        var text = Valid.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(Valid, text);

        var refused = Assert.Throws<FormatException>(() => StrictIcs.Read(Encoding.UTF8.GetBytes(text)));
        Assert.False(string.IsNullOrEmpty(refused.Message), broken);
    }

    [Fact]
    public void Read_LineOver75Octets_IsRefused()
    {
        var text = Valid.Replace("Ada on call", new string('a', 80), StringComparison.Ordinal);

        Assert.Throws<FormatException>(() => StrictIcs.Read(Encoding.UTF8.GetBytes(text)));
    }
}
