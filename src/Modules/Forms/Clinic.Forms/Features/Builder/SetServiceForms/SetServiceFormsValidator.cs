using FluentValidation;

namespace Clinic.Forms.Features.Builder.SetServiceForms;

internal sealed class SetServiceFormsValidator : AbstractValidator<SetServiceForms>
{
    public SetServiceFormsValidator() =>
        RuleFor(c => c.FormIds).NotNull()
            .Must(ids => ids.Count <= 100).WithMessage("At most 100 forms.")
            .Must(ids => ids.Distinct().Count() == ids.Count).WithMessage("List each form once.");
}
