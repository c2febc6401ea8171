using Clinic.BuildingBlocks.Outbox;
using Clinic.Identity.Contracts;
using Clinic.Notifications.Domain.Messages;
using Clinic.Notifications.Persistence;
using Clinic.Notifications.Templates.Account;

namespace Clinic.Notifications.Integration.Identity;

/// <summary>Welcome / activation (PP1, PP2): the email whose link lets the patient choose a password.</summary>
internal sealed class SendPatientActivation(NotificationsDbContext db, AccountNotifier notifier, TimeProvider clock)
    : IntegrationEventHandler<PatientActivationRequested, NotificationsDbContext>(db, clock)
{
    protected override async ValueTask HandleAsync(PatientActivationRequested requested, CancellationToken cancellationToken) =>
        await notifier.EmailAsync(requested.EventId, NotificationType.PatientActivation, requested.PatientId, requested.Email, requested.FullName,
            requested.Language, requested.ExpiresAt, PatientActivationTemplate.Email, requested.ActivationUrl, cancellationToken);
}
