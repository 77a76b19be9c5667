using System.Text;

namespace IncidentBot.Core.Tests.Postmortems;

/// <summary>
/// Golden files: expected drafts kept next to the tests (Postmortems/Golden, copied to the output). On a
/// mismatch the actual draft is written beside the copy as <c>&lt;name&gt;.actual.md</c> to diff or adopt.
/// </summary>
internal static class Golden
{
    public static void AssertMatches(string name, string actual)
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "Postmortems", "Golden");
        var expected = File.ReadAllText(Path.Combine(directory, name), Encoding.UTF8);
        if (expected != actual)
        {
            File.WriteAllText(Path.Combine(directory, Path.ChangeExtension(name, ".actual.md")), actual, new UTF8Encoding(false));
        }

        Assert.Equal(expected, actual);
    }
}
