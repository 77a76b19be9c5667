using System.Text;
using IncidentBot.Core.Chat;
using IncidentBot.Core.People;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Workflow;

namespace IncidentBot.Core.Commands;

/// <summary>
/// Routes <c>/incident &lt;sub&gt; …</c> to its command, under the incident's lock unless it only appends to
/// the timeline, and builds
/// <c>/incident help</c> from the commands themselves. Duplicate names fail at construction.
/// </summary>
public sealed class CommandRouter
{
    private readonly Dictionary<string, IIncidentCommand> _commands = new(StringComparer.OrdinalIgnoreCase);
    private readonly IIncidentStore _incidents;
    private readonly IncidentLocks _locks;
    private readonly ChatActors _actors;

    public CommandRouter(IEnumerable<IIncidentCommand> commands, IIncidentStore incidents, IncidentLocks locks, ChatActors actors)
    {
        ArgumentNullException.ThrowIfNull(commands);
        foreach (var command in commands)
        {
            if (command.Name.Equals(HelpName, StringComparison.OrdinalIgnoreCase) || !_commands.TryAdd(command.Name, command))
            {
                throw new ArgumentException($"Two commands are named '{command.Name}'.", nameof(commands));
            }
        }

        _incidents = incidents;
        _locks = locks;
        _actors = actors;
    }

    private const string HelpName = "help";

    public IReadOnlyCollection<IIncidentCommand> Commands => _commands.Values;

    public async Task<ChatReply> DispatchAsync(CommandInvocation invocation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var (name, arguments) = Split(invocation.Text);
        if (name.Length == 0 || name.Equals(HelpName, StringComparison.OrdinalIgnoreCase))
        {
            return ChatReply.Of(Help());
        }

        if (!_commands.TryGetValue(name, out var command))
        {
            return ChatReply.Of($"Unknown subcommand `{name}`.\n{Help()}");
        }

        var actor = await _actors.FindAsync(invocation.User, cancellationToken).ConfigureAwait(false);
        var found = await _incidents.FindByChannelAsync(invocation.ChannelId, cancellationToken).ConfigureAwait(false);
        if (found is null)
        {
            return command.NeedsIncident
                ? ChatReply.Of(await OutsideIncidentAsync(command, cancellationToken).ConfigureAwait(false))
                : await command.ExecuteAsync(new CommandContext(actor, invocation.User, invocation.ChannelId, null, arguments, invocation.At), cancellationToken).ConfigureAwait(false);
        }

        if (command.OnlyAppends)
        {
            return await command.ExecuteAsync(new CommandContext(actor, invocation.User, invocation.ChannelId, found, arguments, invocation.At), cancellationToken).ConfigureAwait(false);
        }

        using var held = await _locks.AcquireAsync(found.Number, cancellationToken).ConfigureAwait(false);
        var incident = await _incidents.GetAsync(found.Number, cancellationToken).ConfigureAwait(false);
        var context = new CommandContext(actor, invocation.User, invocation.ChannelId, incident, arguments, invocation.At);
        return await command.ExecuteAsync(context, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>True when <paramref name="text"/> starts with the name of a command (not <c>help</c>).</summary>
    public bool IsCommand(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _commands.ContainsKey(Split(text).Name);
    }

    public string Help()
    {
        var help = new StringBuilder("*Usage:* `/incident <subcommand>`\n");
        foreach (var command in _commands.Values.OrderBy(c => c.Name, StringComparer.Ordinal))
        {
            help.Append("• `/incident ").Append(command.Usage).Append("` ").AppendLine(command.Summary);
        }

        return help.Append("• `/incident help` shows this list").ToString();
    }

    private static (string Name, string Arguments) Split(string text)
    {
        text = text.Trim();
        var split = text.IndexOfAny([' ', '\n', '\t']);
        return split < 0 ? (text, "") : (text[..split], text[(split + 1)..].Trim());
    }

    private async Task<string> OutsideIncidentAsync(IIncidentCommand command, CancellationToken cancellationToken)
    {
        var open = await _incidents.ListOpenAsync(cancellationToken).ConfigureAwait(false);
        var where = open.Count == 0
            ? "There is no open incident; declare one with `/incident declare <title>`."
            : "Open incidents: " + string.Join(", ", open.Select(i => $"{i.Key} #{i.State.ChannelName}"));
        return $"`/incident {command.Name}` works in an incident channel. {where}";
    }
}
