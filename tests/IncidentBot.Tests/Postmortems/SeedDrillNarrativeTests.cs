using System.Text.RegularExpressions;
using IncidentBot.Core.Postmortems;
using IncidentBot.Core.Postmortems.Narrative;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Tests.Postmortems.Narrative;
using IncidentBot.Drills;
using IncidentBot.Tests.Host;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace IncidentBot.Tests.Postmortems;

/// <summary>The seed drill's postmortem composed with a model beside it: only checked sentences change it.</summary>
public sealed partial class SeedDrillNarrativeTests
{
    [Fact]
    public async Task SeedDrill_WithoutModel_DraftIsTheComposersDeterministicOne()
    {
        await using var runner = await RunSeedAsync();

        Assert.Null(runner.Services.GetService<IChatClient>());
        Assert.Null(runner.Services.GetService<IPostmortemNarrator>());
        Assert.Equal(await DeterministicAsync(runner), await ComposeAsync(runner, null));
    }

    [Theory]
    [InlineData("Sherlock Holmes restarted everything at 03:12. [m1]")]
    [InlineData("<!channel> see https://evil.example.org now. [m1]")]
    [InlineData("It was fixed. [m999]")]
    [InlineData("I could not write this, sorry.")]
    public async Task SeedDrill_ModelMisbehaves_PostmortemIsByteIdentical(string answer)
    {
        await using var runner = await RunSeedAsync();

        var narrated = await ComposeAsync(runner, ScriptedChatClient.Answering(answer));

        Assert.Equal(await DeterministicAsync(runner), narrated);
    }

    [Fact]
    public async Task SeedDrill_ModelFails_PostmortemIsByteIdentical()
    {
        await using var runner = await RunSeedAsync();

        var narrated = await ComposeAsync(runner, new ScriptedChatClient(_ => throw new InvalidOperationException("model down")));

        Assert.Equal(await DeterministicAsync(runner), narrated);
    }

    [Fact]
    public async Task SeedDrill_ModelCitesAMessage_SentenceLinksToItInTheTranscript()
    {
        await using var runner = await RunSeedAsync();
        ScriptedChatClient? echo = null;
        echo = new ScriptedChatClient(_ => Task.FromResult(FirstMessageSentence(echo!)));

        var narrated = await ComposeAsync(runner, echo);

        Assert.Contains(NarrativeBlock.Label, narrated, StringComparison.Ordinal);
        Assert.Matches(@" wrote at \d\d:\d\d\. \(\[[^\]]+, \d\d:\d\d\]\(transcript-1\.md#m\d+\)\)", narrated);
        Assert.Equal(await DeterministicAsync(runner), narrated.Replace(NarrativeBlock.Label + "\n\n" + NarrativeLine().Match(narrated).Value + "\n\n", "", StringComparison.Ordinal));
    }

    /// <summary>"Ada Mensah wrote at 10:12. [m1]" built from the first message line of the prompt the model was given.</summary>
    private static string FirstMessageSentence(ScriptedChatClient model)
    {
        var prompt = string.Join('\n', model.Asked.Select(m => m.Text));
        var line = MessageLine().Match(prompt);
        return $"{line.Groups["name"].Value} wrote at {line.Groups["time"].Value}. [{line.Groups["id"].Value}]";
    }

    private static async Task<DrillRunner> RunSeedAsync()
    {
        var file = TestPayloads.Path("drills", "seed-outage.yaml");
        var drill = DrillParser.Parse(await File.ReadAllTextAsync(file), Path.GetDirectoryName(file)!);
        var runner = new DrillRunner(drill, Path.Combine(Path.GetTempPath(), $"incidentbot-drill-{Guid.NewGuid():N}"));
        await runner.RunAsync();
        return runner;
    }

    private static async Task<string> DeterministicAsync(DrillRunner runner) =>
        await runner.Services.GetRequiredService<PostmortemComposer>().DraftAsync(await FirstIncidentAsync(runner));

    private static async Task<string> ComposeAsync(DrillRunner runner, IChatClient? model)
    {
        object[] narrator = model is null
            ? []
            : [new ModelNarrator(model, TimeSpan.FromSeconds(30), TimeProvider.System, NullLogger<ModelNarrator>.Instance)];
        var composer = ActivatorUtilities.CreateInstance<PostmortemComposer>(runner.Services, narrator);
        return await composer.DraftAsync(await FirstIncidentAsync(runner));
    }

    private static async Task<Core.Incidents.Incident> FirstIncidentAsync(DrillRunner runner) =>
        (await runner.Services.GetRequiredService<IIncidentStore>().ListAsync()).OrderBy(i => i.Number).First();

    [GeneratedRegex(@"^\[(?<id>m\d+)\] (?<time>\d\d:\d\d) (?<name>[A-Z][a-z]+(?: [A-Z][a-z-]+)*): ", RegexOptions.Multiline)]
    private static partial Regex MessageLine();

    [GeneratedRegex(@"^.* wrote at \d\d:\d\d\. \(.*\)$", RegexOptions.Multiline)]
    private static partial Regex NarrativeLine();
}
