using Clinic.BuildingBlocks.Outbox;
using Clinic.Identity.Contracts;
using Clinic.Identity.Domain.Accounts;
using Clinic.Identity.Features.Patients;
using Clinic.Identity.Persistence;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Identity.Features.Account.RequestPasswordReset;

internal sealed class RequestPasswordResetHandler(
    IdentityDbContext db,
    UserManager<ClinicUser> users,
    PatientDirectory patients,
    AccountLinks links) : IRequestHandler<RequestPasswordReset>
{
    public async ValueTask<Unit> Handle(RequestPasswordReset command, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(command.Email);
        if (user is not null)
        {
            await SendResetLinkAsync(user, cancellationToken);
        }
        else if (await patients.FindByEmailAsync(command.Email, cancellationToken) is { Email: not null } patient
                 && !await db.Users.AnyAsync(u => u.PatientId == patient.Id, cancellationToken)
                 && !await links.LimitReachedAsync(AccountLinkPurpose.Activation, patient.Id, cancellationToken))
        {
            // On file but never activated: the welcome link is exactly what this person needs.
            var link = await links.IssueAsync(AccountLinkPurpose.Activation, patient.Id, cancellationToken);
            patient.RecordWelcomeEmail(link.IssuedAt);
            db.Publish(new PatientActivationRequested(patient.Id, patient.Email, patient.FullName, patient.PreferredLanguage, link.Url, link.ExpiresAt) { OccurredAt = link.IssuedAt });
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    private async Task SendResetLinkAsync(ClinicUser user, CancellationToken cancellationToken)
    {
        if (user.DeactivatedAt is not null || await links.LimitReachedAsync(AccountLinkPurpose.PasswordReset, user.Id, cancellationToken))
        {
            return;
        }

        var patient = user.PatientId is { } patientId ? await patients.FindAsync(patientId, cancellationToken) : null;
        var link = await links.IssueAsync(AccountLinkPurpose.PasswordReset, user.Id, cancellationToken);
        db.Publish(new PasswordResetRequested(
            user.Email!, patient?.FullName ?? user.FullName, patient?.PreferredLanguage ?? "es", link.Url, link.ExpiresAt) { OccurredAt = link.IssuedAt });
    }
}
