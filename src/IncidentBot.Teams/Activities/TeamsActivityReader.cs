using System.Text.Json;

namespace IncidentBot.Teams.Activities;

/// <summary>
/// Reads the body of <c>POST /api/messages</c> into a <see cref="TeamsActivity"/>. Fields the bot does not use are
/// ignored; a body that is not a JSON object, a field of the wrong kind, or an activity without <c>type</c> throws
/// <see cref="TeamsActivityFormatException"/> saying where, so the endpoint answers 400 with a reason.
/// </summary>
public static class TeamsActivityReader
{
    public static TeamsActivity Read(ReadOnlySpan<byte> utf8Json)
    {
        TeamsActivity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(utf8Json, TeamsActivityJson.Default.TeamsActivity);
        }
        catch (JsonException e)
        {
            throw new TeamsActivityFormatException($"The activity is not valid: {e.Message}", e);
        }

        return activity is { Type.Length: > 0 } ? activity : throw new TeamsActivityFormatException("The activity has no type.");
    }

    /// <inheritdoc cref="Read(ReadOnlySpan{byte})"/>
    public static TeamsActivity Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(System.Text.Encoding.UTF8.GetBytes(json));
    }
}
