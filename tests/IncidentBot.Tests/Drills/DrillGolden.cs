using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace IncidentBot.Tests.Drills;

/// <summary>
/// Golden reports of drills: the expected postmortem kept next to the tests (Drills/Golden, copied to the output), as in
/// the core's postmortem golden files. On a mismatch the actual report is written beside the copy as
/// <c>&lt;name&gt;.actual.md</c> and the failure shows the first lines that differ. To adopt a change on purpose, run
/// the tests with <see cref="UpdateVariable"/>=1: the checked-in file (and its copy) is rewritten; read its diff before
/// committing.
/// </summary>
internal static class DrillGolden
{
    public const string UpdateVariable = "INCIDENTBOT_UPDATE_GOLDEN";

    private const int ContextLines = 3;

    public static void AssertMatches(string name, string actual, [CallerFilePath] string callerFile = "")
    {
        var copy = Path.Combine(AppContext.BaseDirectory, "Drills", "Golden", name);
        var expected = File.ReadAllText(copy, Encoding.UTF8);
        if (expected == actual)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(Path.Combine(Path.GetDirectoryName(callerFile)!, "Golden", name), actual, new UTF8Encoding(false));
            File.WriteAllText(copy, actual, new UTF8Encoding(false));
            return;
        }

        var actualCopy = Path.ChangeExtension(copy, ".actual.md");
        File.WriteAllText(actualCopy, actual, new UTF8Encoding(false));
        Assert.Fail($"""
            The report differs from the golden file {name}.
            {FirstDifference(expected, actual)}
            See all of it with: diff -u {copy} {actualCopy}
            If the change is meant, run the tests with {UpdateVariable}=1 and review the golden file's diff.
            """);
    }

    /// <summary>The first line that differs, with a few lines around it from both sides, numbered from 1.</summary>
    private static string FirstDifference(string expected, string actual)
    {
        var want = expected.Split('\n');
        var got = actual.Split('\n');
        var line = 0;
        while (line < want.Length && line < got.Length && want[line] == got[line])
        {
            line++;
        }

        var from = Math.Max(0, line - ContextLines);
        var text = new StringBuilder();
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"First difference at line {line + 1}{Column(want, got, line)}."));
        Append(text, "expected", want, from, line);
        Append(text, "actual", got, from, line);
        return text.ToString().TrimEnd('\n');
    }

    /// <summary>", column N" where two lines both present first differ, so a change inside a long line is found.</summary>
    private static string Column(string[] want, string[] got, int line)
    {
        if (line >= want.Length || line >= got.Length)
        {
            return "";
        }

        var column = 0;
        while (column < want[line].Length && column < got[line].Length && want[line][column] == got[line][column])
        {
            column++;
        }

        return string.Create(CultureInfo.InvariantCulture, $", column {column + 1} (expected “{Excerpt(want[line], column)}”, actual “{Excerpt(got[line], column)}”)");
    }

    private static string Excerpt(string line, int column) => line[column..Math.Min(line.Length, column + 20)];

    private static void Append(StringBuilder text, string side, string[] lines, int from, int line)
    {
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"--- {side}:"));
        for (var i = from; i < Math.Min(lines.Length, line + ContextLines + 1); i++)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{(i == line ? '>' : ' ')} {i + 1,4} | {lines[i]}"));
        }

        if (line >= lines.Length)
        {
            text.AppendLine("> (ends here)");
        }
    }
}
