namespace IncidentBot.Core.Metrics;

/// <summary>How incidents are grouped in a metrics report.</summary>
public enum MetricsGrouping
{
    /// <summary>By the ISO week (Monday to Sunday, in the display zone) in which the impact began.</summary>
    Week,

    /// <summary>By the service named on the incident; incidents with none form one group.</summary>
    Service,
}
