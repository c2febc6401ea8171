using FluentValidation;

namespace Clinic.Scheduling.Features.Appointments.CancelAppointment;

internal sealed class CancelAppointmentValidator : AbstractValidator<CancelAppointment>
{
    public CancelAppointmentValidator() => RuleFor(c => c.Reason).MaximumLength(300);
}
