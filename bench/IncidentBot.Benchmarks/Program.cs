using IncidentBot.Benchmarks;

switch (args)
{
    case ["hangfire", .. var rest]:
        HangfireBenchmark.Run(rest is [var rounds] ? int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture) : 3, Console.Out);
        RecoveryBenchmark.Run(Console.Out);
        return 0;
    case ["recovery"]:
        RecoveryBenchmark.Run(Console.Out);
        return 0;
    case [RecoveryBenchmark.ChildVerb, var folder, var jobs]:
        RecoveryBenchmark.Child(folder, int.Parse(jobs, System.Globalization.CultureInfo.InvariantCulture));
        return 0;
    default:
        Console.Error.WriteLine("usage: hangfire [rounds] | recovery");
        return 2;
}
