using Clinic.Scheduling.Domain.Appointments;
using Clinic.Scheduling.Features.Availability;
using FluentValidation;

namespace Clinic.Scheduling.Features.Appointments.BookForPatient;

internal sealed class BookForPatientValidator : AbstractValidator<BookForPatient>
{
    public BookForPatientValidator()
    {
        RuleFor(b => b.PatientId).NotEmpty();
        RuleFor(b => b.ProviderId).NotEmpty();
        AvailabilityRequestRules.AddCartRules(this, b => b.LocationId, b => b.ServiceIds);
        RuleFor(b => b.StartsAt).Must(ProviderTimeCell.IsAligned).WithMessage($"Start times are on a {ProviderTimeCell.Minutes}-minute grid.");
        RuleFor(b => b.Notes).MaximumLength(1000);
    }
}
