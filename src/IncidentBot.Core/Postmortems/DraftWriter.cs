using System.Text;

namespace IncidentBot.Core.Postmortems;

/// <summary>
/// Writes Markdown blocks separated by one blank line, always with <c>\n</c> line endings, so a draft is
/// the same bytes on every machine.
/// </summary>
internal sealed class DraftWriter
{
    private readonly StringBuilder _text = new();

    public void Title(string markdown) => Block("# " + markdown);

    public void Heading(string markdown) => Block("## " + markdown);

    public void Paragraph(string markdown) => Block(markdown);

    public void Bullets(IEnumerable<string> items) => Block(string.Join('\n', items.Select(item => "- " + item)));

    /// <summary>A block quote; an empty line becomes a paragraph break inside the quote.</summary>
    public void Quote(params string[] lines) => Block(string.Join('\n', lines.Select(line => line.Length == 0 ? ">" : "> " + line)));

    /// <summary>A table; cells must already be escaped with <see cref="MarkdownText.Cell"/>.</summary>
    public void Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var lines = new List<string> { Row(headers), Row(headers.Select(_ => "---").ToList()) };
        lines.AddRange(rows.Select(Row));
        Block(string.Join('\n', lines));
    }

    public override string ToString() => _text.ToString();

    private static string Row(IReadOnlyList<string> cells) => "| " + string.Join(" | ", cells) + " |";

    private void Block(string markdown)
    {
        if (_text.Length > 0)
        {
            _text.Append('\n');
        }

        _text.Append(markdown).Append('\n');
    }
}
