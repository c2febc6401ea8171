using Clinic.Scheduling.Domain.Appointments;
using FluentValidation;

namespace Clinic.Scheduling.Features.Appointments.RescheduleAppointment;

internal sealed class RescheduleAppointmentValidator : AbstractValidator<RescheduleAppointment>
{
    public RescheduleAppointmentValidator() =>
        RuleFor(r => r.StartsAt).Must(ProviderTimeCell.IsAligned).WithMessage($"Start times are on a {ProviderTimeCell.Minutes}-minute grid.");
}
