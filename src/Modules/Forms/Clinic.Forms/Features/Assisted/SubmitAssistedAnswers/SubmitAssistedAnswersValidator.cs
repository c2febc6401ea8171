using FluentValidation;

namespace Clinic.Forms.Features.Assisted.SubmitAssistedAnswers;

internal sealed class SubmitAssistedAnswersValidator : AbstractValidator<SubmitAssistedAnswers>
{
    public SubmitAssistedAnswersValidator() => Include(new SubmissionRequestValidator());
}
