using System.Security.Claims;
using Clinic.Identity.Persistence;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;

namespace Clinic.Identity.Features.Account;

/// <summary>The browser session: ASP.NET Core Identity's application cookie.</summary>
internal sealed class Sessions(SignInManager<ClinicUser> signInManager, IHttpContextAccessor http)
{
    public async Task SignInAsync(ClinicUser user)
    {
        // Not persistent: the cookie lives as long as the browser session and the server's idle timeout allow.
        // SignInManager also replaces HttpContext.User, which is what makes the response carry an antiforgery
        // token for the new session (ApiAntiforgery).
        await signInManager.SignInAsync(user, isPersistent: false);
    }

    /// <summary>Re-issues the cookie after the security stamp changed (password change), so this session survives while others end.</summary>
    public Task RefreshAsync(ClinicUser user) => signInManager.RefreshSignInAsync(user);

    public async Task SignOutAsync()
    {
        await signInManager.SignOutAsync();
        // Signing out leaves HttpContext.User as it was; the next request is anonymous, and so must its token be.
        http.HttpContext!.User = new ClaimsPrincipal(new ClaimsIdentity());
    }
}
