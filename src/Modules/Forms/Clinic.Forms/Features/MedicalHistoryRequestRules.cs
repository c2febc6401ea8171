using Clinic.Forms.Domain.MedicalHistory;
using FluentValidation;

namespace Clinic.Forms.Features;

/// <summary>Shape checks of a medical history sent by the patient or by staff.</summary>
internal sealed class MedicalHistoryDataValidator : AbstractValidator<MedicalHistoryData>
{
    public MedicalHistoryDataValidator()
    {
        RuleFor(d => d.Allergies).NotNull().SetValidator(new DetailValidator());
        RuleFor(d => d.Medications).NotNull().SetValidator(new DetailValidator());
        RuleFor(d => d.PreviousAestheticTreatments).NotNull().SetValidator(new DetailValidator());
        RuleFor(d => d.PreviousReactions).NotNull().SetValidator(new DetailValidator());
        RuleFor(d => d.Conditions).NotNull().Must(c => c.Count <= Enum.GetValues<MedicalCondition>().Length).WithMessage("List each condition once.");
        RuleForEach(d => d.Conditions).IsInEnum();
        RuleFor(d => d.OtherConditions).MaximumLength(MedicalHistoryLimits.Details);
        RuleFor(d => d.Pregnancy).IsInEnum();
        RuleFor(d => d.SkinType).IsInEnum();
        RuleFor(d => d.Notes).MaximumLength(MedicalHistoryLimits.Notes);
    }

    private sealed class DetailValidator : AbstractValidator<YesNoDetail>
    {
        public DetailValidator() => RuleFor(d => d.Details).MaximumLength(MedicalHistoryLimits.Details);
    }
}
