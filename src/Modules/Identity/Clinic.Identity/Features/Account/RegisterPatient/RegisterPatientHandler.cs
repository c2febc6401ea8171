using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Outbox;
using Clinic.BuildingBlocks.Phones;
using Clinic.Identity.Contracts;
using Clinic.Identity.Domain.Accounts;
using Clinic.Identity.Domain.Patients;
using Clinic.Identity.Features.Patients;
using Clinic.Identity.Persistence;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Identity.Features.Account.RegisterPatient;

internal sealed class RegisterPatientHandler(
    IdentityDbContext db,
    UserManager<ClinicUser> users,
    PatientDirectory patients,
    AccountLinks links,
    PhoneNumberNormalizer phones,
    TimeProvider clock) : IRequestHandler<RegisterPatient>
{
    public async ValueTask<Unit> Handle(RegisterPatient command, CancellationToken cancellationToken)
    {
        var candidate = ClinicUser.ForEmail(command.Email, clock.GetUtcNow());
        await AccountPasswords.EnsureAcceptableAsync(users, candidate, command.Password, nameof(command.Password));

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var existingUser = await users.FindByEmailAsync(command.Email);
        var patient = existingUser?.PatientId is { } linkedPatientId
            ? await patients.FindAsync(linkedPatientId, cancellationToken)
            : await patients.FindByEmailAsync(command.Email, cancellationToken);
        var profileHasAnotherLogin = existingUser is null && patient is not null
            && await db.Users.AnyAsync(u => u.PatientId == patient.Id, cancellationToken);

        if (existingUser is { EmailConfirmed: true } or { PatientId: null } || profileHasAnotherLogin)
        {
            // Someone already owns this address (or its profile has another login): say nothing different.
            // Hashing anyway keeps the answer as slow as a real registration, so timing does not tell either.
            users.PasswordHasher.HashPassword(candidate, command.Password);
            return Unit.Value;
        }

        var phone = phones.NormalizeOrNull(command.Phone);
        if (patient is null)
        {
            var details = new PatientDetails(command.FirstName, command.LastName, phone, command.BirthDate, null, command.Language, command.MarketingConsent);
            patient = await patients.CreateAsync(details, command.Email, PatientSource.Registration, cancellationToken);
        }
        else
        {
            patient.FillBlanks(phone, command.BirthDate, null);
        }

        var user = existingUser ?? candidate;
        if (existingUser is null)
        {
            user.PatientId = patient.Id;
            AccountPasswords.Succeeded(await users.CreateAsync(user, command.Password));
            AccountPasswords.Succeeded(await users.AddToRoleAsync(user, ClinicRoles.Patient));
        }
        else
        {
            // An unverified account proves nothing about its owner: the latest registration sets the password,
            // and only the link in the latest email confirms it.
            await AccountPasswords.ReplaceAsync(users, user, command.Password, nameof(command.Password));
            await links.VoidAsync(AccountLinkPurpose.EmailVerification, user.Id, cancellationToken);
        }

        if (!await links.LimitReachedAsync(AccountLinkPurpose.EmailVerification, user.Id, cancellationToken))
        {
            var link = await links.IssueAsync(AccountLinkPurpose.EmailVerification, user.Id, cancellationToken);
            db.Publish(new EmailVerificationRequested(patient.Id, user.Email!, patient.FullName, patient.PreferredLanguage, link.Url, link.ExpiresAt) { OccurredAt = link.IssuedAt });
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Unit.Value;
    }
}
