using FluentValidation;

namespace Clinic.Forms.Features.Portal.SubmitMyAnswers;

internal sealed class SubmitMyAnswersValidator : AbstractValidator<SubmitMyAnswers>
{
    public SubmitMyAnswersValidator() => Include(new SubmissionRequestValidator());
}
