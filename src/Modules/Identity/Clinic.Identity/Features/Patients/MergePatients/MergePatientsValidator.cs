using FluentValidation;

namespace Clinic.Identity.Features.Patients.MergePatients;

internal sealed class MergePatientsValidator : AbstractValidator<MergePatients>
{
    public MergePatientsValidator()
    {
        RuleFor(m => m.SurvivingPatientId).NotEmpty();
        RuleFor(m => m.MergedPatientId).NotEmpty()
            .NotEqual(m => m.SurvivingPatientId).WithMessage("Choose two different profiles.");
    }
}
