using Clinic.BuildingBlocks.Outbox;
using Clinic.Identity.Contracts;
using Clinic.Identity.Domain.Accounts;
using Clinic.Identity.Options;
using Clinic.Identity.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Clinic.Identity.Features.Patients.SendWelcomeEmails;

internal sealed class SendWelcomeEmailsHandler(IdentityDbContext db, AccountLinks links, IOptions<AccountOptions> options, TimeProvider clock)
    : IRequestHandler<SendWelcomeEmails, WelcomeEmailsSent>
{
    public async ValueTask<WelcomeEmailsSent> Handle(SendWelcomeEmails command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var patients = await PatientRecords.NeverLoggedIn(db).ToListAsync(cancellationToken);
        int sent = 0, recentlyInvited = 0, withoutEmail = 0;
        foreach (var patient in patients)
        {
            if (patient.Email is null)
            {
                withoutEmail++;
                continue;
            }

            if (patient.WelcomeEmailSentWithin(options.Value.WelcomeEmailResendInterval, now))
            {
                recentlyInvited++;
                continue;
            }

            var link = await links.IssueAsync(AccountLinkPurpose.Activation, patient.Id, cancellationToken);
            patient.RecordWelcomeEmail(link.IssuedAt);
            db.Publish(new PatientActivationRequested(patient.Id, patient.Email, patient.FullName, patient.PreferredLanguage, link.Url, link.ExpiresAt) { OccurredAt = link.IssuedAt });
            sent++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return new WelcomeEmailsSent(sent, recentlyInvited, withoutEmail);
    }
}
