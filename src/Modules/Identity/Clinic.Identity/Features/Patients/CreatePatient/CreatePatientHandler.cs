using Clinic.BuildingBlocks.Errors;
using Clinic.BuildingBlocks.Phones;
using Clinic.Identity.Domain.Patients;
using Clinic.Identity.Persistence;
using Mediator;

namespace Clinic.Identity.Features.Patients.CreatePatient;

internal sealed class CreatePatientHandler(IdentityDbContext db, PatientDirectory patients, PhoneNumberNormalizer phones)
    : IRequestHandler<CreatePatient, PatientRecord>
{
    public async ValueTask<PatientRecord> Handle(CreatePatient command, CancellationToken cancellationToken)
    {
        var email = string.IsNullOrWhiteSpace(command.Email) ? null : command.Email;
        if (email is not null && await patients.FindByEmailAsync(email, cancellationToken) is { } existing)
        {
            throw new ConflictException(
                $"Patient '{existing.Id}' ({existing.FullName}) already has the email {email.Trim()}.",
                new Dictionary<string, object?> { ["existingPatientId"] = existing.Id });
        }

        var details = new PatientDetails(
            command.FirstName, command.LastName, phones.NormalizeOrNull(command.Phone),
            command.BirthDate, command.Address, command.PreferredLanguage, command.MarketingConsent);
        var patient = await patients.CreateAsync(details, email, PatientSource.Staff, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return PatientRecord.From(patient, account: null);
    }
}
