namespace IncidentBot.Local;

/// <summary>The body of <c>POST /local/say</c>: who says what where (channel name; default <c>incidents</c>).</summary>
public sealed record LocalSayRequest(string? As, string? Channel, string? Text) : ILocalRequest;
