using System.Globalization;

namespace IncidentBot.Core.Incidents;

/// <summary>The human name of an incident, <c>INC-42</c>.</summary>
public static class IncidentKey
{
    public static string Format(int number) => string.Create(CultureInfo.InvariantCulture, $"INC-{number}");
}
