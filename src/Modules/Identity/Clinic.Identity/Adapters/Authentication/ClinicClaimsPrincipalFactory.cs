using System.Security.Claims;
using Clinic.BuildingBlocks.Abstractions;
using Clinic.Identity.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Clinic.Identity.Adapters.Authentication;

/// <summary>Puts the patient id into the session, so every module reads "whose data" from the ticket, never from a request.</summary>
internal sealed class ClinicClaimsPrincipalFactory(
    UserManager<ClinicUser> userManager, RoleManager<IdentityRole<Guid>> roleManager, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ClinicUser, IdentityRole<Guid>>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ClinicUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.PatientId is { } patientId)
        {
            identity.AddClaim(new Claim(ClinicClaims.PatientId, patientId.ToString()));
        }

        return identity;
    }
}
