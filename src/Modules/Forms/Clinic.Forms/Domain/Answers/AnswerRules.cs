using Clinic.Forms.Domain.Forms;

namespace Clinic.Forms.Domain.Answers;

/// <summary>
/// Checks answers against the exact version the patient saw, item by item, and returns them normalized:
/// in the form's order, trimmed, empty answers dropped, and a follow-up kept only when it was really asked.
/// </summary>
internal static class AnswerRules
{
    public static (IReadOnlyList<FormAnswer> Answers, IReadOnlyList<AnswerProblem> Problems) Check(
        FormContent content, IReadOnlyList<FormAnswer> answers, AnswerCheck check)
    {
        var problems = new List<AnswerProblem>();
        var items = content.Items.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var given = new Dictionary<string, FormAnswer>(StringComparer.Ordinal);
        foreach (var answer in answers)
        {
            if (answer is null || string.IsNullOrEmpty(answer.ItemId))
            {
                problems.Add(new("", "Every answer names the item it answers."));
            }
            else if (!items.TryGetValue(answer.ItemId, out var item) || item.Type.IsContent())
            {
                problems.Add(new(answer.ItemId, "This form has no question with this id."));
            }
            else if (!given.TryAdd(answer.ItemId, answer))
            {
                problems.Add(new(answer.ItemId, "Answer each item once."));
            }
        }

        var normalized = new List<FormAnswer>();
        foreach (var item in content.Items.Where(i => !i.Type.IsContent()))
        {
            given.TryGetValue(item.Id, out var answer);
            var (value, problem) = answer is null ? (null, null) : CheckOne(item, answer);
            if (problem is not null)
            {
                problems.Add(new(item.Id, problem));
                continue;
            }

            if (value is null)
            {
                if (check == AnswerCheck.Submission && item.Required)
                {
                    problems.Add(new(item.Id, item.Type == FormItemType.Acknowledgement
                        ? "Tick this statement to confirm you have read and understood it."
                        : "This question needs an answer."));
                }

                continue;
            }

            if (check == AnswerCheck.Submission && item.FollowUp is { Required: true } followUp
                && value.YesNo == followUp.AskWhen && string.IsNullOrWhiteSpace(value.FollowUp))
            {
                problems.Add(new(item.Id, "Answer the follow-up question too."));
                continue;
            }

            normalized.Add(value);
        }

        return (normalized, problems);
    }

    /// <summary>The normalized answer, or null when it is empty; or why it cannot be accepted.</summary>
    private static (FormAnswer? Answer, string? Problem) CheckOne(FormItem item, FormAnswer answer)
    {
        var fieldsSet = new[]
        {
            answer.Text is not null, answer.Choices is not null, answer.YesNo is not null, answer.Date is not null,
            answer.Number is not null, answer.Acknowledged is not null,
        }.Count(set => set);
        if (fieldsSet > 1)
        {
            return (null, "Give one kind of answer per item.");
        }

        if (answer.FollowUp is not null && item.Type != FormItemType.YesNo)
        {
            return (null, "Only a yes/no question has a follow-up answer.");
        }

        var empty = new FormAnswer(item.Id);
        switch (item.Type)
        {
            case FormItemType.ShortText or FormItemType.LongText:
                if (fieldsSet == 1 && answer.Text is null)
                {
                    return (null, "This question takes a text answer.");
                }

                var text = answer.Text?.Trim() ?? "";
                var limit = item.Type == FormItemType.ShortText ? AnswerLimits.ShortText : AnswerLimits.LongText;
                if (text.Length > limit)
                {
                    return (null, $"Keep the answer to at most {limit} characters.");
                }

                if (item.Type == FormItemType.ShortText && text.Contains('\n', StringComparison.Ordinal))
                {
                    return (null, "This answer fits on one line.");
                }

                return (text.Length == 0 ? null : empty with { Text = text }, null);

            case FormItemType.SingleChoice or FormItemType.MultipleChoice:
                if (fieldsSet == 1 && answer.Choices is null)
                {
                    return (null, "This question takes one of its options.");
                }

                var chosen = answer.Choices ?? [];
                var known = item.Options!.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
                if (chosen.Any(c => c is null || !known.Contains(c)))
                {
                    return (null, "Choose among the options offered.");
                }

                if (chosen.Distinct(StringComparer.Ordinal).Count() != chosen.Count)
                {
                    return (null, "Choose each option once.");
                }

                if (item.Type == FormItemType.SingleChoice && chosen.Count > 1)
                {
                    return (null, "Choose one option.");
                }

                // Stored in the order the form lists them, whatever order they were ticked in.
                var ordered = item.Options!.Select(o => o.Id).Where(chosen.Contains).ToList();
                return (ordered.Count == 0 ? null : empty with { Choices = ordered }, null);

            case FormItemType.YesNo:
                if (fieldsSet == 1 && answer.YesNo is null)
                {
                    return (null, "This question takes yes or no.");
                }

                if (answer.YesNo is null)
                {
                    return (null, answer.FollowUp is null ? null : "Answer yes or no first.");
                }

                var followUp = answer.FollowUp?.Trim();
                if (followUp?.Length > AnswerLimits.FollowUp)
                {
                    return (null, $"Keep the answer to at most {AnswerLimits.FollowUp} characters.");
                }

                var asked = item.FollowUp is not null && answer.YesNo == item.FollowUp.AskWhen;
                return (empty with { YesNo = answer.YesNo, FollowUp = asked && !string.IsNullOrEmpty(followUp) ? followUp : null }, null);

            case FormItemType.Date:
                if (fieldsSet == 1 && answer.Date is null)
                {
                    return (null, "This question takes a date.");
                }

                if (answer.Date is { } date && (date < AnswerLimits.EarliestDate || date > AnswerLimits.LatestDate))
                {
                    return (null, "Enter a real date.");
                }

                return (answer.Date is null ? null : empty with { Date = answer.Date }, null);

            case FormItemType.Number:
                if (fieldsSet == 1 && answer.Number is null)
                {
                    return (null, "This question takes a number.");
                }

                if (answer.Number is not { } number)
                {
                    return (null, null);
                }

                if (item.Min is { } min && number < min)
                {
                    return (null, $"Enter {min} or more.");
                }

                if (item.Max is { } max && number > max)
                {
                    return (null, $"Enter {max} or less.");
                }

                if (Math.Abs(number) > FormLimits.NumberLimit)
                {
                    return (null, "Enter a smaller number.");
                }

                return (empty with { Number = number }, null);

            case FormItemType.Acknowledgement:
                if (fieldsSet == 1 && answer.Acknowledged is null)
                {
                    return (null, "Tick or leave this statement; it takes no other answer.");
                }

                return (answer.Acknowledged == true ? empty with { Acknowledged = true } : null, null);

            default:
                return (null, "This item takes no answer.");
        }
    }
}
