using System.Globalization;
using IncidentBot.Benchmarks.Notes;

switch (args)
{
    case ["notes", .. var rest]:
        var rounds = rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 5;
        var seconds = rest.Length > 1 ? int.Parse(rest[1], CultureInfo.InvariantCulture) : 10;
        return await NoteBenchmark.RunAsync(rounds, TimeSpan.FromSeconds(seconds), Console.Out);
    default:
        Console.Error.WriteLine("usage: notes [rounds] [seconds per round]");
        return 2;
}
