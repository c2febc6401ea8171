using FluentValidation;

namespace Clinic.Forms.Features.Builder.CreateForm;

internal sealed class CreateFormValidator : AbstractValidator<CreateForm>
{
    public CreateFormValidator()
    {
        RuleFor(c => c.Kind).IsInEnum();
        FormContentValidator.Rules(this, c => c.Kind, c => c.Content, c => c.ReuseAnswersForDays);
    }
}
