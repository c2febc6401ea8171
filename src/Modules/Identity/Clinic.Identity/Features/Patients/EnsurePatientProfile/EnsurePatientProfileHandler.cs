using Clinic.BuildingBlocks.Persistence;
using Clinic.BuildingBlocks.Phones;
using Clinic.Identity.Contracts;
using Clinic.Identity.Domain.Patients;
using Clinic.Identity.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Identity.Features.Patients.EnsurePatientProfile;

internal sealed class EnsurePatientProfileHandler(IdentityDbContext db, PatientDirectory patients, PhoneNumberNormalizer phones)
    : IRequestHandler<Contracts.EnsurePatientProfile, EnsuredPatientProfile>
{
    public async ValueTask<EnsuredPatientProfile> Handle(Contracts.EnsurePatientProfile request, CancellationToken cancellationToken)
    {
        var phone = phones.NormalizeOrNull(request.Phone);
        if (await patients.FindByEmailAsync(request.Email, cancellationToken) is { } existing)
        {
            existing.FillBlanks(phone, null, null);
            await db.SaveChangesAsync(cancellationToken);
            return new EnsuredPatientProfile(existing.ToContact(), IsNew: false);
        }

        var details = new PatientDetails(request.FirstName, request.LastName, phone, null, null, request.Language, MarketingConsent: false);
        var created = await patients.CreateAsync(details, request.Email, PatientSource.Booking, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new EnsuredPatientProfile(created.ToContact(), IsNew: true);
        }
        catch (DbUpdateException ex) when (UniqueConstraint.IsViolation(ex))
        {
            // A simultaneous booking with the same new email created the profile first: this booking belongs to it too.
            db.ChangeTracker.Clear();
            var winner = await patients.FindByEmailAsync(request.Email, cancellationToken) ?? throw new InvalidOperationException("Profile vanished after a unique violation.", ex);
            return new EnsuredPatientProfile(winner.ToContact(), IsNew: false);
        }
    }
}
