using IncidentBot.Web.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IncidentBot.Web.Pages;

/// <summary>Signs out (a POST with the antiforgery token of a page of this site) and goes back to the sign-in page.</summary>
public sealed class SignOutModel : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(WebPolicies.CookieScheme);
        return LocalRedirect(SignInPath.Path);
    }
}
