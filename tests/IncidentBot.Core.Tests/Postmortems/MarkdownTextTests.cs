using IncidentBot.Core.Postmortems;

namespace IncidentBot.Core.Tests.Postmortems;

public sealed class MarkdownTextTests
{
    [Theory]
    [InlineData("plain text; 100% fine", "plain text; 100% fine")]
    [InlineData("*bold* _it_ `code`", @"\*bold\* \_it\_ \`code\`")]
    [InlineData("<!channel> [x](y)", @"\<!channel\> \[x\](y)")]
    [InlineData(@"back\slash", @"back\\slash")]
    public void Escape_MarkupCharacters_AreBackslashEscaped(string text, string expected)
    {
        Assert.Equal(expected, MarkdownText.Escape(text));
    }

    [Theory]
    [InlineData("https://chat.example/m/1", "[text](https://chat.example/m/1)")]
    [InlineData("https://example.org/a b(c)", "[text](https://example.org/a%20b%28c%29)")]
    [InlineData("javascript:alert(1)", "text")]
    [InlineData("/relative/path", "text")]
    [InlineData(null, "text")]
    public void Link_Address_IsLinkedOnlyWhenHttp(string? url, string expected)
    {
        Assert.Equal(expected, MarkdownText.Link("text", url));
    }

    [Fact]
    public void Cell_PipesAndLineBreaks_StayInOneCell()
    {
        Assert.Equal(@"a \| b<br>c<br>d", MarkdownText.Cell("a | b\r\nc\nd"));
    }
}
