using Clinic.Forms.Domain.Forms;
using FluentValidation;

namespace Clinic.Forms.Features.Builder.UpdateForm;

/// <summary>
/// The kind is not in the request: here the shape common to all kinds is checked (a consent allows every item
/// type); the handler checks what the stored form's kind allows.
/// </summary>
internal sealed class UpdateFormValidator : AbstractValidator<UpdateForm>
{
    public UpdateFormValidator()
    {
        RuleFor(c => c.Revision).NotEmpty();
        FormContentValidator.Rules(this, _ => FormKind.Consent, c => c.Content, c => c.ReuseAnswersForDays);
    }
}
