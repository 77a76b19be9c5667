using IncidentBot.Teams.Cards;

namespace IncidentBot.Teams.Tests.Cards;

public sealed class TeamsMarkdownTests
{
    private const char J = TeamsMarkdown.WordJoiner;

    [Theory]
    [InlineData("**boom** _x_", "\\*\\*boom\\*\\* \\_x\\_")]
    [InlineData("[click](https://evil.example)", "\\[click\\](https://evil.example)")]
    [InlineData("C:\\temp\\*", "C:\\\\temp\\\\\\*")]
    [InlineData("- item\n+ more\n  1. first\n2) second\n2024.10 release", "\\- item\n\\+ more\n  1\\. first\n2\\) second\n2024.10 release")]
    [InlineData("a-b 3.5 x - y", "a-b 3.5 x - y")]
    [InlineData("plain words, 100% fine!", "plain words, 100% fine!")]
    public void Escape_MarkdownInText_IsShownAsTyped(string text, string escaped)
    {
        Assert.Equal(escaped, TeamsMarkdown.Escape(text));
    }

    [Theory]
    [InlineData("<at>Ada Lovelace</at> look")]
    [InlineData("<AT>Ada</AT>")]
    [InlineData("<at id=\"0\">Ada</at>")]
    [InlineData("<b>bold</b>")]
    public void Escape_MentionOrTagInAlertText_FormsNoTag(string text)
    {
        var escaped = TeamsMarkdown.Escape(text);

        Assert.DoesNotContain("<a", escaped, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("</", escaped, StringComparison.Ordinal);
        Assert.DoesNotContain("<b", escaped, StringComparison.Ordinal);
        Assert.Equal(text, escaped.Replace(J.ToString(), "", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("*Ada* acknowledged INC-1.", "**Ada** acknowledged INC-1.")]
    [InlineData("*You are paged for INC-2: db_down* (sev1).", "**You are paged for INC-2: db\\_down** (sev1).")]
    [InlineData("2 * 3 * 4", "2 \\* 3 \\* 4")]
    [InlineData("*open\nclose*", "\\*open\nclose\\*")]
    [InlineData("a*b*c", "a\\*b\\*c")]
    [InlineData("**run** *x*y", "\\*\\*run\\*\\* \\*x\\*y")]
    [InlineData("*<at>x</at>*", "**<\u2060at>x<\u2060/at>**")]
    public void FromCore_CoreBold_BecomesTeamsBoldAndTheRestIsEscaped(string text, string markdown)
    {
        Assert.Equal(markdown, TeamsMarkdown.FromCore(text));
    }

    [Theory]
    [InlineData(
        "Read it at https://bot.example/reports/1/2?sig=a_b-c_d.",
        "Read it at [https://bot.example/reports/1/2?sig=a\\_b-c\\_d](https://bot.example/reports/1/2?sig=a_b-c_d).")]
    [InlineData(
        "*Runbook* https://wiki.example/run_book and http://x.example/a_b",
        "**Runbook** [https://wiki.example/run\\_book](https://wiki.example/run_book) and [http://x.example/a\\_b](http://x.example/a_b)")]
    [InlineData("[click](https://evil.example)", "\\[click\\]([https://evil.example](https://evil.example))")]
    [InlineData("javascript:alert(1) ftp://x.example/a_b", "javascript:alert(1) ftp://x.example/a\\_b")]
    public void FromCore_WebAddress_IsALinkToItselfWithItsAddressUntouched(string text, string markdown)
    {
        Assert.Equal(markdown, TeamsMarkdown.FromCore(text));
    }

    [Fact]
    public void Plain_CoreText_DropsBoldAndDefusesTags()
    {
        Assert.Equal($"You are paged for <{J}at>INC-2<{J}/at> now", TeamsMarkdown.Plain("*You are paged for <at>INC-2</at>* now"));
    }

    [Fact]
    public void Truncate_InsideAnEmoji_NeverSplitsIt()
    {
        var cut = TeamsMarkdown.Truncate("ab\U0001F525\U0001F525", 4);

        Assert.Equal("ab…", cut);
    }
}
