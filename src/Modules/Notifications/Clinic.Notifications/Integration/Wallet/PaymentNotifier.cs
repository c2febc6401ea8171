using Clinic.Notifications.Delivery;
using Clinic.Notifications.Domain.Messages;
using Clinic.Notifications.Templates;
using Clinic.Notifications.Templates.Payments;
using Clinic.Wallet.Contracts.Payments;
using Microsoft.Extensions.Options;

namespace Clinic.Notifications.Integration.Wallet;

/// <summary>Queues payment emails in the patient's language; a message carrying a pay link keeps only a masked copy once sent.</summary>
internal sealed class PaymentNotifier(NotificationQueue queue, IOptions<ClinicBrandingOptions> clinicOptions)
{
    public PaymentMessage Compose(PaymentRecipient patient)
    {
        var clinic = clinicOptions.Value;
        return new PaymentMessage(patient.FullName, Languages.Resolve(patient.Language, clinic.DefaultLanguage), clinic.ToBranding());
    }

    public Task EmailAsync(Guid eventId, NotificationType type, PaymentRecipient patient, PaymentVisit? visit, PaymentMessage message, EmailContent content,
        EmailContent? redacted, CancellationToken cancellationToken) =>
        queue.EmailAsync(
            new MessageSource(eventId, type, message.Language, patient.PatientId, visit?.AppointmentId),
            patient.Email,
            patient.FullName,
            EmailLayout.Render(content, message.Clinic, message.Language),
            redacted is null ? null : EmailLayout.Render(redacted, message.Clinic, message.Language),
            calendar: null,
            cancellationToken);
}
