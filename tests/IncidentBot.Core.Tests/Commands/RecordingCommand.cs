using IncidentBot.Core.Chat;
using IncidentBot.Core.Commands;

namespace IncidentBot.Core.Tests.Commands;

/// <summary>A subcommand that remembers how it was run and answers with its name.</summary>
internal sealed class RecordingCommand(string name, bool needsIncident = true) : IIncidentCommand
{
    public string Name => name;

    public string Usage => $"{name} <text>";

    public string Summary => $"does {name}";

    public bool NeedsIncident => needsIncident;

    public List<CommandContext> Runs { get; } = [];

    /// <summary>Awaited on every run after it is recorded, before the answer: to hold a run or make it fail.</summary>
    public Func<CommandContext, Task>? Running { get; set; }

    public async Task<ChatReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken = default)
    {
        Runs.Add(context);
        if (Running is { } running)
        {
            await running(context);
        }

        return ChatReply.Of($"{name} ran");
    }
}
