using System.ComponentModel.DataAnnotations;
using IncidentBot.Web.Access;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace IncidentBot.Web.Pages;

/// <summary>
/// Signing in with the admin credential (<see cref="AdminSignIn"/>), or a link to sign in with the company's identity
/// provider (<see cref="OidcSignIn"/>), or both, as configured. The link is a GET: the page's policy lets forms post only
/// to this site, and a browser holds the redirect to the provider that follows a form to it too. The form carries an antiforgery token, which Razor
/// Pages checks on every POST: a form on another site cannot sign a browser in (login CSRF).
/// </summary>
public sealed class SignInModel(AdminSignIn signIn, IOptions<WebOptions> options) : PageModel
{
    [BindProperty]
    [Display(Name = "User name")]
    public string? UserName { get; set; }

    [BindProperty]
    [DataType(DataType.Password)]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Problem { get; private set; }

    public bool Configured => options.Value.Admin.IsConfigured;

    /// <summary>The identity provider's name for the "Sign in with …" link, when one is configured.</summary>
    public string? Provider => options.Value.Oidc.IsConfigured ? options.Value.Oidc.DisplayName : null;

    public string ProviderLink => $"{OidcSignIn.ChallengePath}?returnUrl={Uri.EscapeDataString(SignInPath.Back(ReturnUrl))}";

    public void OnGet()
    {
        Problem = options.Value.CanSignIn ? null : WebAccessResultHandler.NotConfigured;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = await signIn.SignInAsync(HttpContext, UserName, Password);
        if (outcome.Succeeded)
        {
            return LocalRedirect(SignInPath.Back(ReturnUrl));
        }

        Problem = outcome.Problem;
        Password = null;
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }
}
