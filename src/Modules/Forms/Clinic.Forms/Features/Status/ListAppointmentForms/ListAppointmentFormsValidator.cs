using FluentValidation;

namespace Clinic.Forms.Features.Status.ListAppointmentForms;

internal sealed class ListAppointmentFormsValidator : AbstractValidator<ListAppointmentForms>
{
    public const int MaxAppointments = 200;

    public ListAppointmentFormsValidator() =>
        RuleFor(q => q.AppointmentIds).NotEmpty().WithMessage("Name at least one appointment (appointmentIds=…).")
            .Must(ids => ids.Count <= MaxAppointments).WithMessage($"At most {MaxAppointments} appointments at a time.");
}
