using Clinic.Identity.Features.Account.GetCurrentUser;
using Clinic.Identity.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Identity.Features.Account;

/// <summary>Describes a signed-in account the way the SPA shows it: the patient's own name, or the staff member's.</summary>
internal sealed class CurrentUserResponses(UserManager<ClinicUser> users, IdentityDbContext db)
{
    public async Task<CurrentUserResponse> DescribeAsync(ClinicUser user, CancellationToken cancellationToken)
    {
        var roles = (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal).ToList();
        var patient = user.PatientId is { } patientId
            ? await db.Patients.AsNoTracking().SingleOrDefaultAsync(p => p.Id == patientId, cancellationToken)
            : null;
        return patient is null
            ? new CurrentUserResponse(user.Id, user.Email!, user.FullName, null, null, roles, null, null)
            : new CurrentUserResponse(user.Id, user.Email!, patient.FullName, patient.FirstName, patient.LastName, roles, patient.Id, patient.PreferredLanguage);
    }
}
