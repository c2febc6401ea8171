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
/// Booked (PP10): the pre-treatment instructions of the booked services are emailed at once, in the patient's
/// language. Their text is the clinic's, asked from Forms (docs/adr/0017); without any, nothing is sent.
/// </summary>
internal sealed class SendPreTreatmentInstructions(NotificationsDbContext db, AppointmentNotifier notifier, ISender forms, TimeProvider clock)
    : IntegrationEventHandler<AppointmentBooked, NotificationsDbContext>(db, clock)
{
    protected override async ValueTask HandleAsync(AppointmentBooked booked, CancellationToken cancellationToken)
    {
        var appointment = booked.Appointment;
        var calendar = await notifier.PeekAsync(appointment, booked.OccurredAt, cancellationToken);
        var message = notifier.Compose(calendar, appointment.Patient);
        var instructions = await forms.Send(new GetTreatmentInstructions(
            appointment.AppointmentId, appointment.Services.Select(s => s.ServiceId).ToList(), InstructionsTiming.BeforeTreatment, message.Language.Code()), cancellationToken);
        if (instructions.Documents.Count == 0)
        {
            return;
        }

        await notifier.EmailAsync(booked.EventId, NotificationType.PreTreatment, message, calendar, appointment.Patient,
            PreTreatmentTemplate.Email(message, instructions.Documents), calendarMethod: null, cancellationToken);
    }
}
