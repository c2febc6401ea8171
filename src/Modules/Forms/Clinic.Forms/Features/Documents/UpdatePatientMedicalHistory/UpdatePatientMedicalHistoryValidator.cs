using FluentValidation;

namespace Clinic.Forms.Features.Documents.UpdatePatientMedicalHistory;

internal sealed class UpdatePatientMedicalHistoryValidator : AbstractValidator<UpdatePatientMedicalHistory>
{
    public UpdatePatientMedicalHistoryValidator() => RuleFor(c => c.Data).NotNull().SetValidator(new MedicalHistoryDataValidator());
}
