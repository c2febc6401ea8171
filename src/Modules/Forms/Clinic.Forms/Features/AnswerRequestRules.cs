using Clinic.Forms.Domain.Answers;
using Clinic.Forms.Domain.Forms;
using Clinic.Forms.Domain.Submissions;
using FluentValidation;

namespace Clinic.Forms.Features;

/// <summary>What every request carrying answers has: the version shown and the answers.</summary>
public interface IAnswersRequest
{
    Guid VersionId { get; }

    IReadOnlyList<FormAnswer> Answers { get; }
}

/// <summary>A submission: answers plus the language the form was shown in.</summary>
public interface ISubmissionRequest : IAnswersRequest
{
    string Language { get; }
}

/// <summary>A consent's signature: the typed name, how it was signed, and the drawn image.</summary>
public interface ISignatureRequest : ISubmissionRequest
{
    string SignerName { get; }

    SignatureMethod SignatureMethod { get; }

    string? SignatureImage { get; }
}

/// <summary>
/// Shape checks of answers in any request: sizes that stop an oversized payload before it is even compared with
/// the form (the domain does that, item by item, in the handler).
/// </summary>
internal sealed class AnswersRequestValidator : AbstractValidator<IAnswersRequest>
{
    public AnswersRequestValidator()
    {
        RuleFor(c => c.VersionId).NotEmpty();
        RuleFor(c => c.Answers).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Send the list of answers (it may be empty).")
            .Must(list => list.Count <= AnswerLimits.MaxAnswers).WithMessage($"At most {AnswerLimits.MaxAnswers} answers.");
        RuleForEach(c => c.Answers).ChildRules(answer =>
        {
            answer.RuleFor(a => a).NotNull().WithMessage("An answer is missing.");
            answer.When(a => a is not null, () =>
            {
                answer.RuleFor(a => a.ItemId).NotEmpty().MaximumLength(FormLimits.IdLength);
                answer.RuleFor(a => a.Text).MaximumLength(AnswerLimits.LongText);
                answer.RuleFor(a => a.FollowUp).MaximumLength(AnswerLimits.FollowUp);
                answer.RuleFor(a => a.Choices!.Count).LessThanOrEqualTo(FormLimits.MaxOptions).When(a => a.Choices is not null)
                    .OverridePropertyName("choices").WithMessage($"At most {FormLimits.MaxOptions} choices.");
                answer.RuleForEach(a => a.Choices).NotEmpty().MaximumLength(FormLimits.IdLength).When(a => a.Choices is not null);
            });
        }).When(c => c.Answers is not null && c.Answers.Count <= AnswerLimits.MaxAnswers);
    }
}

internal sealed class SubmissionRequestValidator : AbstractValidator<ISubmissionRequest>
{
    public SubmissionRequestValidator()
    {
        Include(new AnswersRequestValidator());
        RuleFor(c => c.Language).Must(Languages.IsSupported).WithMessage("Language is the one the form was shown in: 'es' or 'en'.");
    }
}

internal sealed class SignatureRequestValidator : AbstractValidator<ISignatureRequest>
{
    public SignatureRequestValidator()
    {
        Include(new SubmissionRequestValidator());
        RuleFor(c => c.SignerName).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Type your full name.")
            .Must(n => n.Trim().Length is >= 2 and <= 200).WithMessage("Type your full name (2 to 200 characters).")
            .Must(n => !n.Any(char.IsControl)).WithMessage("The name cannot contain control characters.");
        RuleFor(c => c.SignatureMethod).IsInEnum();
        RuleFor(c => c.SignatureImage).NotEmpty().When(c => c.SignatureMethod == SignatureMethod.Drawn)
            .WithMessage("Draw your signature, or type it instead.");
        RuleFor(c => c.SignatureImage).MaximumLength(SignatureImage.MaxDataUrlLength)
            .WithMessage($"The signature image is too large (at most {SignatureImage.MaxBytes / 1024} KB).");
        RuleFor(c => c.SignatureImage).Null().When(c => c.SignatureMethod == SignatureMethod.Typed)
            .WithMessage("A typed signature has no image.");
    }
}
