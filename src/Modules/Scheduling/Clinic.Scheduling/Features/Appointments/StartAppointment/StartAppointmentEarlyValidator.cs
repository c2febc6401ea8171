using FluentValidation;

namespace Clinic.Scheduling.Features.Appointments.StartAppointment;

internal sealed class StartAppointmentEarlyValidator : AbstractValidator<StartAppointmentEarly>
{
    public StartAppointmentEarlyValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(300);
}
