using FluentValidation;

namespace Clinic.Forms.Features.Portal.UpdateMyMedicalHistory;

internal sealed class UpdateMyMedicalHistoryValidator : AbstractValidator<UpdateMyMedicalHistory>
{
    public UpdateMyMedicalHistoryValidator() => RuleFor(c => c.Data).NotNull().SetValidator(new MedicalHistoryDataValidator());
}
