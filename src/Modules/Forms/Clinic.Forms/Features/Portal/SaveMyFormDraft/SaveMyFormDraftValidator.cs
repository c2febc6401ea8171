using FluentValidation;

namespace Clinic.Forms.Features.Portal.SaveMyFormDraft;

internal sealed class SaveMyFormDraftValidator : AbstractValidator<SaveMyFormDraft>
{
    public SaveMyFormDraftValidator() => Include(new AnswersRequestValidator());
}
