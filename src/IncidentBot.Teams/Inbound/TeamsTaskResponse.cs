using System.Text.Json.Serialization;

namespace IncidentBot.Teams.Inbound;

/// <summary>
/// The HTTP answer to a message action's <c>composeExtension/fetchTask</c> invoke that needs no dialog: a message
/// Teams shows the person in a pop-up, <c>{"task":{"type":"message","value":"…"}}</c> (the <c>task</c> of a
/// <c>MessagingExtensionActionResponse</c>, a <c>TaskModuleMessageResponse</c>:
/// https://learn.microsoft.com/dotnet/api/microsoft.bot.schema.teams.taskmodulemessageresponse — "Teams will display
/// the value of value in a popup message box"; the fetchTask must be answered with a task, a card/URL or a string
/// message: https://learn.microsoft.com/microsoftteams/platform/messaging-extensions/how-to/action-commands/create-task-module).
/// The <c>adaptiveCard/action</c> answer (<see cref="TeamsInvokeResponse"/>) is a different shape, not understood here.
/// </summary>
public sealed record TeamsTaskResponse([property: JsonPropertyName("task")] TeamsTaskMessage Task)
{
    public static TeamsTaskResponse Message(string text) => new(new TeamsTaskMessage("message", text));
}
