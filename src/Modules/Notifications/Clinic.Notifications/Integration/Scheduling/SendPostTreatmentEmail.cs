using Clinic.BuildingBlocks.Outbox;
using Clinic.Forms.Contracts;
using Clinic.Notifications.Domain.Messages;
using Clinic.Notifications.Persistence;
using Clinic.Notifications.Templates;
using Clinic.Notifications.Templates.Appointments;
using Clinic.Scheduling.Contracts.Appointments;
using Mediator;

namespace Clinic.Notifications.Integration.Scheduling;

/// <summary>
/// Completed (PP11): the post-treatment email, with the instructions of the services actually performed as
/// the clinic wrote them in Forms (docs/adr/0017); without any, the general thank-you and whom to call.
/// </summary>
internal sealed class SendPostTreatmentEmail(NotificationsDbContext db, AppointmentNotifier notifier, ISender forms, TimeProvider clock)
    : IntegrationEventHandler<AppointmentCompleted, NotificationsDbContext>(db, clock)
{
    protected override async ValueTask HandleAsync(AppointmentCompleted completed, CancellationToken cancellationToken)
    {
        var appointment = completed.Appointment;
        await notifier.DropRemindersAsync(appointment.AppointmentId, cancellationToken);
        var calendar = await notifier.CurrentAsync(appointment, completed.OccurredAt, cancellationToken);
        var message = notifier.Compose(calendar, appointment.Patient);
        var instructions = await forms.Send(new GetTreatmentInstructions(
            appointment.AppointmentId, appointment.Services.Select(s => s.ServiceId).ToList(), InstructionsTiming.AfterTreatment, message.Language.Code()), cancellationToken);
        await notifier.EmailAsync(completed.EventId, NotificationType.PostTreatment, message, calendar, appointment.Patient,
            PostTreatmentTemplate.Email(message, instructions.Documents), calendarMethod: null, cancellationToken, expiresAtStart: false);
    }
}
