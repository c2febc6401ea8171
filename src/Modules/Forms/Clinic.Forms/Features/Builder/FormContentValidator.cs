using Clinic.Forms.Domain.Forms;
using FluentValidation;

namespace Clinic.Forms.Features.Builder;

/// <summary>Shape checks shared by create and update: the domain's content rules, reported field by field.</summary>
internal static class FormContentValidator
{
    public static void Rules<T>(AbstractValidator<T> validator, Func<T, FormKind> kind, Func<T, FormContent?> content, Func<T, int?> reuseDays)
    {
        validator.RuleFor(c => content(c)).NotNull().WithName("content").OverridePropertyName("content")
            .WithMessage("Give the form's content: title, optional introduction and items.");
        validator.RuleFor(c => reuseDays(c)).InclusiveBetween(1, FormLimits.MaxReuseDays).When(c => reuseDays(c) is not null)
            .OverridePropertyName("reuseAnswersForDays");
        validator.RuleFor(c => c).Custom((command, context) =>
        {
            if (content(command) is not { } value || !Enum.IsDefined(kind(command)))
            {
                return;
            }

            if (value.Title is null || value.Items is null)
            {
                context.AddFailure("content", "Give the form's title (es and en) and its list of items.");
                return;
            }

            foreach (var problem in FormContentRules.ShapeProblems(kind(command), value))
            {
                context.AddFailure($"content.{problem.Path}", problem.Message);
            }
        });
    }
}
