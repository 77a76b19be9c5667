namespace IncidentBot.Core.Chat;

/// <summary>A document the bot shares (the drafted postmortem): a short summary message plus the whole file.</summary>
public sealed record ChatDocument(string Title, string FileName, string Summary, string Markdown);
