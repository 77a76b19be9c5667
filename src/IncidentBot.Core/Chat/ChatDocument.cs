namespace IncidentBot.Core.Chat;

/// <summary>
/// A document the bot shares (the drafted postmortem): a short summary message plus the whole file, and
/// <see cref="Link"/>, where the whole of it can be read, for platforms that show only part of it in a message
/// or cannot attach the file.
/// </summary>
public sealed record ChatDocument(string Title, string FileName, string Summary, string Markdown, Uri Link);
