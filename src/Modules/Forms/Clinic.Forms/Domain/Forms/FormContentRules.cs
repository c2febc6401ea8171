using System.Text.RegularExpressions;

namespace Clinic.Forms.Domain.Forms;

/// <summary>
/// What makes a form's content acceptable. <see cref="ShapeProblems"/> applies to every save (a draft may be
/// unfinished but never malformed); <see cref="PublishProblems"/> adds what a patient-facing version needs:
/// both languages everywhere and the items its kind requires.
/// </summary>
internal static partial class FormContentRules
{
    public static IReadOnlyList<ContentProblem> ShapeProblems(FormKind kind, FormContent content)
    {
        var problems = new List<ContentProblem>();
        CheckText(problems, "title", content.Title, FormLimits.TitleLength);
        if (content.Introduction is not null)
        {
            CheckText(problems, "introduction", content.Introduction, FormLimits.IntroductionLength);
        }

        if (content.Items is null)
        {
            problems.Add(new("items", ContentProblemCode.ItemsMissing, "Give the list of items (it may be empty in a draft)."));
            return problems;
        }

        if (content.Items.Count > FormLimits.MaxItems)
        {
            problems.Add(new("items", ContentProblemCode.TooManyItems, $"A form has at most {FormLimits.MaxItems} items.", FormLimits.MaxItems));
            return problems;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < content.Items.Count; i++)
        {
            var path = $"items[{i}]";
            var item = content.Items[i];
            if (item is null)
            {
                problems.Add(new(path, ContentProblemCode.EntryMissing, "An item is missing."));
                continue;
            }

            if (!IsValidId(item.Id))
            {
                problems.Add(new($"{path}.id", ContentProblemCode.InvalidId, $"Use 1–{FormLimits.IdLength} lowercase letters, digits or dashes, starting with a letter or digit.", FormLimits.IdLength));
            }
            else if (!ids.Add(item.Id))
            {
                problems.Add(new($"{path}.id", ContentProblemCode.DuplicateId, $"'{item.Id}' is used by another item of this form."));
            }

            if (!Enum.IsDefined(item.Type))
            {
                problems.Add(new($"{path}.type", ContentProblemCode.UnknownType, "Unknown item type."));
                continue;
            }

            if (!IsAllowed(kind, item.Type))
            {
                problems.Add(kind == FormKind.Questionnaire
                    ? new($"{path}.type", ContentProblemCode.AcknowledgementOutsideConsent, "Acknowledgements belong in consents, not questionnaires.")
                    : new($"{path}.type", ContentProblemCode.QuestionInInstructions, "Instructions hold headings and paragraphs only."));
            }

            CheckText(problems, $"{path}.text", item.Text, FormLimits.ItemTextLength);
            if (item.Help is not null)
            {
                CheckText(problems, $"{path}.help", item.Help, FormLimits.HelpLength);
            }

            CheckOptions(problems, path, item);
            if (item.FollowUp is not null)
            {
                if (item.Type != FormItemType.YesNo)
                {
                    problems.Add(new($"{path}.followUp", ContentProblemCode.FollowUpNotOnYesNo, "Only a yes/no question can have a follow-up question."));
                }

                CheckText(problems, $"{path}.followUp.text", item.FollowUp.Text, FormLimits.ItemTextLength);
            }

            if ((item.Min is not null || item.Max is not null) && item.Type != FormItemType.Number)
            {
                problems.Add(new($"{path}.min", ContentProblemCode.LimitsNotOnNumber, "Only a number question has a smallest or largest value."));
            }

            if (item.Min is { } min && item.Max is { } max && min > max)
            {
                problems.Add(new($"{path}.max", ContentProblemCode.MaxBelowMin, "The largest value is below the smallest one."));
            }

            if (item.Min is { } low && Math.Abs(low) > FormLimits.NumberLimit || item.Max is { } high && Math.Abs(high) > FormLimits.NumberLimit)
            {
                problems.Add(new($"{path}.min", ContentProblemCode.LimitOutOfRange, "Keep limits within ±1,000,000,000."));
            }
        }

        return problems;
    }

    /// <summary>Everything <see cref="ShapeProblems"/> finds, plus what stops a version from reaching patients.</summary>
    public static IReadOnlyList<ContentProblem> PublishProblems(FormKind kind, FormContent content)
    {
        var problems = ShapeProblems(kind, content).ToList();
        if (problems.Count > 0)
        {
            return problems;
        }

        RequireBoth(problems, "title", content.Title);
        if (content.Introduction is { IsBlank: false } introduction)
        {
            RequireBoth(problems, "introduction", introduction);
        }

        for (var i = 0; i < content.Items.Count; i++)
        {
            var item = content.Items[i];
            var path = $"items[{i}]";
            RequireBoth(problems, $"{path}.text", item.Text);
            if (item.Help is { IsBlank: false } help)
            {
                RequireBoth(problems, $"{path}.help", help);
            }

            for (var o = 0; o < (item.Options?.Count ?? 0); o++)
            {
                RequireBoth(problems, $"{path}.options[{o}].text", item.Options![o].Text);
            }

            if (item.FollowUp is not null)
            {
                RequireBoth(problems, $"{path}.followUp.text", item.FollowUp.Text);
            }
        }

        var items = content.Items;
        switch (kind)
        {
            case FormKind.Questionnaire when !items.Any(i => i.Type.IsQuestion()):
                problems.Add(new("items", ContentProblemCode.NoQuestion, "A questionnaire needs at least one question."));
                break;
            case FormKind.Consent when !items.Any(i => i.Type == FormItemType.Acknowledgement):
                problems.Add(new("items", ContentProblemCode.NoAcknowledgement, "A consent needs at least one statement for the patient to acknowledge before signing."));
                break;
            case FormKind.Consent when !items.Any(i => i.Type == FormItemType.Paragraph):
                problems.Add(new("items", ContentProblemCode.NoParagraph, "A consent needs the text the patient consents to (at least one paragraph)."));
                break;
            case FormKind.PreTreatmentInstructions or FormKind.PostTreatmentInstructions when !items.Any(i => i.Type == FormItemType.Paragraph):
                problems.Add(new("items", ContentProblemCode.NoParagraph, "Instructions need at least one paragraph."));
                break;
        }

        return problems;
    }

    /// <summary>The content as stored: trimmed texts, no empty help, no "required" on items that are not questions.</summary>
    public static FormContent Normalize(FormContent content) => new(
        content.Title.Trimmed(),
        content.Introduction is { IsBlank: false } intro ? intro.Trimmed() : null,
        content.Items.Select(item => item with
        {
            Text = item.Text.Trimmed(),
            Help = item.Help is { IsBlank: false } help ? help.Trimmed() : null,
            Required = item.Type == FormItemType.Acknowledgement || (item.Type.IsQuestion() && item.Required),
            Options = item.Type.HasOptions() ? item.Options?.Select(o => o with { Text = o.Text.Trimmed() }).ToList() : null,
            FollowUp = item.Type == FormItemType.YesNo && item.FollowUp is { } followUp ? followUp with { Text = followUp.Text.Trimmed() } : null,
            Min = item.Type == FormItemType.Number ? item.Min : null,
            Max = item.Type == FormItemType.Number ? item.Max : null,
        }).ToList());

    public static bool IsValidId(string? id) => id is not null && IdPattern().IsMatch(id);

    private static bool IsAllowed(FormKind kind, FormItemType type) => kind switch
    {
        FormKind.Questionnaire => type != FormItemType.Acknowledgement,
        FormKind.Consent => true,
        _ => type.IsContent(),
    };

    private static void CheckOptions(List<ContentProblem> problems, string path, FormItem item)
    {
        if (!item.Type.HasOptions())
        {
            if (item.Options is { Count: > 0 })
            {
                problems.Add(new($"{path}.options", ContentProblemCode.OptionsNotOnChoice, "Only choice questions have options."));
            }

            return;
        }

        var options = item.Options ?? [];
        if (options.Count < 2 || options.Count > FormLimits.MaxOptions)
        {
            problems.Add(new($"{path}.options", ContentProblemCode.OptionCount, $"A choice question has 2 to {FormLimits.MaxOptions} options.", FormLimits.MaxOptions));
        }

        var optionIds = new HashSet<string>(StringComparer.Ordinal);
        for (var o = 0; o < options.Count; o++)
        {
            var option = options[o];
            if (option is null)
            {
                problems.Add(new($"{path}.options[{o}]", ContentProblemCode.EntryMissing, "An option is missing."));
                continue;
            }

            if (!IsValidId(option.Id))
            {
                problems.Add(new($"{path}.options[{o}].id", ContentProblemCode.InvalidId, $"Use 1–{FormLimits.IdLength} lowercase letters, digits or dashes.", FormLimits.IdLength));
            }
            else if (!optionIds.Add(option.Id))
            {
                problems.Add(new($"{path}.options[{o}].id", ContentProblemCode.DuplicateId, $"'{option.Id}' is used by another option of this question."));
            }

            CheckText(problems, $"{path}.options[{o}].text", option.Text, FormLimits.OptionTextLength);
        }
    }

    private static void CheckText(List<ContentProblem> problems, string path, LocalizedText? text, int maxLength)
    {
        if (text is null || text.Es is null || text.En is null)
        {
            problems.Add(new(path, ContentProblemCode.TextMissing, "Give the text in Spanish (es) and English (en); a draft may leave one empty."));
            return;
        }

        if (text.Es.Length > maxLength)
        {
            problems.Add(new($"{path}.es", ContentProblemCode.TextTooLong, $"At most {maxLength} characters.", maxLength));
        }

        if (text.En.Length > maxLength)
        {
            problems.Add(new($"{path}.en", ContentProblemCode.TextTooLong, $"At most {maxLength} characters.", maxLength));
        }
    }

    private static void RequireBoth(List<ContentProblem> problems, string path, LocalizedText text)
    {
        if (string.IsNullOrWhiteSpace(text.Es))
        {
            problems.Add(new($"{path}.es", ContentProblemCode.SpanishMissing, "Write the Spanish text before publishing."));
        }

        if (string.IsNullOrWhiteSpace(text.En))
        {
            problems.Add(new($"{path}.en", ContentProblemCode.EnglishMissing, "Write the English text before publishing."));
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex IdPattern();
}
