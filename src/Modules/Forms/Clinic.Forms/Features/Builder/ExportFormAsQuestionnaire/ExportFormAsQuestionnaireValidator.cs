using FluentValidation;

namespace Clinic.Forms.Features.Builder.ExportFormAsQuestionnaire;

internal sealed class ExportFormAsQuestionnaireValidator : AbstractValidator<ExportFormAsQuestionnaire>
{
    public ExportFormAsQuestionnaireValidator() =>
        RuleFor(q => q.Language).Must(Languages.IsSupported).WithMessage("Language is 'es' or 'en'.");
}
