namespace IncidentBot.Slack.Testing;

/// <summary>The JSON types a method argument may take, as the method spec's <c>type</c>/<c>anyOf</c> says.</summary>
[Flags]
public enum SlackArgKinds
{
    None = 0,
    String = 1,
    Boolean = 2,
    Integer = 4,
    Number = 8,
    Array = 16,
    Object = 32,
    Null = 64,
}
