using System.ComponentModel.DataAnnotations;
using IncidentBot.Web.Access;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace IncidentBot.Web.Pages;

/// <summary>
/// Signing in with the admin credential (<see cref="AdminSignIn"/>). The form carries an antiforgery token, which Razor
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

    public void OnGet()
    {
        Problem = Configured ? null : WebAccessResultHandler.NotConfigured;
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
