using System.Net;

namespace IncidentBot.Web.Tests;

/// <summary>Posting the playground's forms as a browser does: with the antiforgery token of a page it read first.</summary>
public sealed class PlaygroundForms(HttpClient client)
{
    private string? _token;

    /// <summary>Posts the form of <paramref name="handler"/> (<c>Say</c>, <c>Press</c>, <c>React</c>, <c>Alert</c>, <c>Deploy</c>, <c>Drill</c>).</summary>
    public async Task<HttpResponseMessage> PostAsync(string handler, params (string Name, string Value)[] fields)
    {
        _token ??= Pages.AntiforgeryToken(await client.GetStringAsync("/playground"));
        using var form = new FormUrlEncodedContent([new("__RequestVerificationToken", _token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);
        return await client.PostAsync($"/playground/act?handler={handler}", form);
    }

    /// <summary>Posts and follows the redirect back to the playground, as a browser does; returns that page.</summary>
    public async Task<string> DoAsync(string handler, params (string Name, string Value)[] fields)
    {
        using var response = await PostAsync(handler, fields);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{handler}: {(int)response.StatusCode} {body}");
        return await client.GetStringAsync(response.Headers.Location);
    }
}
