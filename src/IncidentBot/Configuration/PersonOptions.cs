using System.ComponentModel.DataAnnotations;

namespace IncidentBot.Configuration;

/// <summary>One entry of the <c>People</c> list.</summary>
public sealed class PersonOptions
{
    [Required]
    [RegularExpression("^[A-Za-z0-9._-]+$", ErrorMessage = "A person id is letters, digits, '.', '_' or '-'.")]
    public string Id { get; set; } = "";

    [Required]
    public string Name { get; set; } = "";

    public string? Email { get; set; }

    /// <summary>The person's user id on each platform (<c>slack: U024BE7LH</c>).</summary>
    public Dictionary<string, string> ChatIds { get; set; } = [];
}
