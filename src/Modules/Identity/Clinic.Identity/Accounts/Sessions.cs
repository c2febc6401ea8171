using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;

namespace Clinic.Identity.Accounts;

/// <summary>The browser session: ASP.NET Core Identity's application cookie.</summary>
internal sealed class Sessions(SignInManager<ClinicUser> signInManager, IHttpContextAccessor http)
{
    public async Task SignInAsync(ClinicUser user)
    {
        // Not persistent: the cookie lives as long as the browser session and the server's idle timeout allow.
        await signInManager.SignInAsync(user, isPersistent: false);
        http.HttpContext!.User = await signInManager.CreateUserPrincipalAsync(user);
    }

    /// <summary>Re-issues the cookie after the security stamp changed (password change), so this session survives while others end.</summary>
    public Task RefreshAsync(ClinicUser user) => signInManager.RefreshSignInAsync(user);

    public async Task SignOutAsync()
    {
        await signInManager.SignOutAsync();
        http.HttpContext!.User = new ClaimsPrincipal(new ClaimsIdentity());
    }
}
