using System.Text.Json;

namespace IncidentBot.Teams.Inbound;

/// <summary>
/// The two fields of an activity its token is checked against, <c>channelId</c> and <c>serviceUrl</c>, read from the
/// raw body before anything else of it is: a top-level string each, at most once (a body naming either twice could be
/// read one way for the check and another for the handling, so it is refused).
/// </summary>
public sealed record TeamsActivityAddress(string? ChannelId, string? ServiceUrl)
{
    /// <summary>The two fields, or null when the body is not a JSON object or names either twice.</summary>
    public static TeamsActivityAddress? Read(ReadOnlySpan<byte> body)
    {
        try
        {
            return Scan(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static TeamsActivityAddress? Scan(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        string? channelId = null, serviceUrl = null;
        var (seenChannel, seenService) = (false, false);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isChannel = reader.ValueTextEquals("channelId"u8);
            var isService = reader.ValueTextEquals("serviceUrl"u8);
            reader.Read();
            if ((isChannel && seenChannel) || (isService && seenService))
            {
                return null;
            }

            if (isChannel || isService)
            {
                var value = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                (channelId, seenChannel) = isChannel ? (value, true) : (channelId, seenChannel);
                (serviceUrl, seenService) = isService ? (value, true) : (serviceUrl, seenService);
            }

            reader.Skip();
        }

        return new TeamsActivityAddress(channelId, serviceUrl);
    }
}
