using System.Globalization;
using IncidentBot.Benchmarks;
using IncidentBot.Benchmarks.Drafts;
using IncidentBot.Benchmarks.Notes;
using IncidentBot.Benchmarks.Storm;

switch (args)
{
    case ["hangfire", .. var rest]:
        HangfireBenchmark.Run(rest is [var rounds] ? int.Parse(rounds, CultureInfo.InvariantCulture) : 3, Console.Out);
        RecoveryBenchmark.Run(Console.Out);
        return 0;
    case ["recovery"]:
        RecoveryBenchmark.Run(Console.Out);
        return 0;
    case [RecoveryBenchmark.ChildVerb, var folder, var jobs]:
        RecoveryBenchmark.Child(folder, int.Parse(jobs, CultureInfo.InvariantCulture));
        return 0;
    case ["notes", .. var rest]:
        var noteRounds = rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 5;
        var seconds = rest.Length > 1 ? int.Parse(rest[1], CultureInfo.InvariantCulture) : 10;
        return await NoteBenchmark.RunAsync(noteRounds, TimeSpan.FromSeconds(seconds), Console.Out);
    case ["storm", .. var rest]:
        var stormRounds = rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 3;
        var stormIncidents = rest.Length > 1 ? int.Parse(rest[1], CultureInfo.InvariantCulture) : 1000;
        var stormCap = TimeSpan.FromMinutes(rest.Length > 2 ? int.Parse(rest[2], CultureInfo.InvariantCulture) : 5);
        return await StormBenchmark.RunAsync(stormRounds, stormIncidents, stormCap, Console.Out);
    case ["draft", .. var rest]:
        var draftNotes = rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 50_000;
        var drafts = rest.Length > 1 ? int.Parse(rest[1], CultureInfo.InvariantCulture) : 3;
        return await DraftBenchmark.RunAsync(draftNotes, drafts, Console.Out);
    default:
        Console.Error.WriteLine("usage: hangfire [rounds] | recovery | notes [rounds] [seconds per round] | storm [rounds] [storm incidents] [storm cap in minutes] | draft [notes] [drafts]");
        return 2;
}
