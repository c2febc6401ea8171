using Clinic.BuildingBlocks.Outbox;
using Clinic.Identity.Contracts;
using Clinic.Notifications.Domain.Messages;
using Clinic.Notifications.Persistence;
using Clinic.Notifications.Templates.Account;

namespace Clinic.Notifications.Integration.Identity;

/// <summary>Password reset: the link goes only to the account's own address.</summary>
internal sealed class SendPasswordReset(NotificationsDbContext db, AccountNotifier notifier, TimeProvider clock)
    : IntegrationEventHandler<PasswordResetRequested, NotificationsDbContext>(db, clock)
{
    protected override async ValueTask HandleAsync(PasswordResetRequested requested, CancellationToken cancellationToken) =>
        await notifier.EmailAsync(requested.EventId, NotificationType.PasswordReset, patientId: null, requested.Email, requested.FullName,
            requested.Language, requested.ExpiresAt, PasswordResetTemplate.Email, requested.ResetUrl, cancellationToken);
}
