using Clinic.BuildingBlocks.Outbox;
using Clinic.Identity.Contracts;
using Clinic.Notifications.Domain.Messages;
using Clinic.Notifications.Persistence;
using Clinic.Notifications.Templates.Account;

namespace Clinic.Notifications.Integration.Identity;

/// <summary>Registration (PP4): the email with the link that verifies the address.</summary>
internal sealed class SendEmailVerification(NotificationsDbContext db, AccountNotifier notifier, TimeProvider clock)
    : IntegrationEventHandler<EmailVerificationRequested, NotificationsDbContext>(db, clock)
{
    protected override async ValueTask HandleAsync(EmailVerificationRequested requested, CancellationToken cancellationToken) =>
        await notifier.EmailAsync(requested.EventId, NotificationType.EmailVerification, requested.PatientId, requested.Email, requested.FullName,
            requested.Language, requested.ExpiresAt, EmailVerificationTemplate.Email, requested.VerificationUrl, cancellationToken);
}
