using Clinic.Forms.Domain.Answers;
using Clinic.Forms.Domain.Forms;

namespace Clinic.UnitTests.Forms;

public sealed class AnswerRulesTests
{
    private static readonly FormContent Form = new(new LocalizedText("Cuestionario", "Questionnaire"), null,
    [
        new FormItem("title", FormItemType.Heading, new("Salud", "Health")),
        new FormItem("name", FormItemType.ShortText, new("Nombre", "Name"), Required: true),
        new FormItem("story", FormItemType.LongText, new("Historia", "Story")),
        new FormItem("skin", FormItemType.SingleChoice, new("Piel", "Skin"), Required: true, Options: [new("dry", new("Seca", "Dry")), new("oily", new("Grasa", "Oily"))]),
        new FormItem("areas", FormItemType.MultipleChoice, new("Zonas", "Areas"), Options: [new("face", new("Cara", "Face")), new("neck", new("Cuello", "Neck")), new("hands", new("Manos", "Hands"))]),
        new FormItem("allergy", FormItemType.YesNo, new("¿Alergias?", "Allergies?"), Required: true, FollowUp: new FollowUpQuestion(true, new("¿Cuál?", "Which?"), true)),
        new FormItem("since", FormItemType.Date, new("Desde", "Since")),
        new FormItem("weight", FormItemType.Number, new("Peso", "Weight"), Min: 30, Max: 250),
        new FormItem("ack", FormItemType.Acknowledgement, new("Entiendo", "I understand"), Required: true),
    ]);

    private static readonly FormAnswer[] Valid =
    [
        new("name", Text: " Lucía "), new("skin", Choices: ["dry"]), new("allergy", YesNo: false), new("ack", Acknowledged: true),
    ];

    private static IReadOnlyList<AnswerProblem> Problems(AnswerCheck check, params FormAnswer[] answers) => AnswerRules.Check(Form, answers, check).Problems;

    private static string ProblemOf(params FormAnswer[] answers) =>
        AnswerRules.Check(Form, [.. Valid.Where(v => answers.All(a => a.ItemId != v.ItemId)), .. answers], AnswerCheck.Submission).Problems.Single().Message;

    [Fact]
    public void Given_valid_answers_When_checked_Then_they_come_back_trimmed_in_the_forms_order()
    {
        var (answers, problems) = AnswerRules.Check(Form, [new("ack", Acknowledged: true), .. Valid.Reverse().Where(a => a.ItemId != "ack"),
            new("areas", Choices: ["hands", "face"]), new("story", Text: "   ")], AnswerCheck.Submission);

        problems.ShouldBeEmpty();
        answers.Select(a => a.ItemId).ShouldBe(["name", "skin", "areas", "allergy", "ack"], "an empty text is no answer");
        answers[0].Text.ShouldBe("Lucía");
        answers[2].Choices.ShouldBe(["face", "hands"]);
    }

    [Fact]
    public void Given_missing_required_answers_When_submitted_Then_each_is_reported_but_a_draft_may_leave_them()
    {
        Problems(AnswerCheck.Submission).Select(p => p.ItemId).ShouldBe(["name", "skin", "allergy", "ack"]);
        Problems(AnswerCheck.Draft).ShouldBeEmpty();
    }

    [Fact]
    public void Given_yes_to_a_question_with_a_required_follow_up_When_it_is_left_empty_Then_submitting_asks_for_it_and_no_drops_it()
    {
        ProblemOf(new FormAnswer("allergy", YesNo: true)).ShouldBe("Answer the follow-up question too.");
        ProblemOf(new FormAnswer("allergy", YesNo: true, FollowUp: "  ")).ShouldBe("Answer the follow-up question too.");
        AnswerRules.Check(Form, [.. Valid.Where(v => v.ItemId != "allergy"), new("allergy", YesNo: false, FollowUp: "polen")], AnswerCheck.Submission)
            .Answers.Single(a => a.ItemId == "allergy").FollowUp.ShouldBeNull();
        AnswerRules.Check(Form, [.. Valid.Where(v => v.ItemId != "allergy"), new("allergy", YesNo: true, FollowUp: " polen ")], AnswerCheck.Submission)
            .Answers.Single(a => a.ItemId == "allergy").FollowUp.ShouldBe("polen");
        Problems(AnswerCheck.Draft, new FormAnswer("allergy", YesNo: true)).ShouldBeEmpty("a draft may wait for the follow-up");
    }

    [Theory]
    [InlineData("name", "newline", "This answer fits on one line.")]
    [InlineData("name", "long", "Keep the answer to at most 300 characters.")]
    [InlineData("skin", "two", "Choose one option.")]
    [InlineData("skin", "unknown", "Choose among the options offered.")]
    [InlineData("areas", "twice", "Choose each option once.")]
    [InlineData("since", "ancient", "Enter a real date.")]
    [InlineData("weight", "low", "Enter 30 or more.")]
    [InlineData("weight", "high", "Enter 250 or less.")]
    [InlineData("ack", "text", "Tick or leave this statement; it takes no other answer.")]
    [InlineData("story", "number", "This question takes a text answer.")]
    [InlineData("allergy", "both", "Give one kind of answer per item.")]
    [InlineData("name", "followup", "Only a yes/no question has a follow-up answer.")]
    public void Given_an_answer_of_the_wrong_shape_for_its_item_When_checked_Then_the_items_own_message_says_why(string item, string variant, string message)
    {
        FormAnswer answer = (item, variant) switch
        {
            ("name", "newline") => new("name", Text: "Lucía\nMoreno"),
            ("name", "long") => new("name", Text: new string('a', 301)),
            ("skin", "two") => new("skin", Choices: ["dry", "oily"]),
            ("skin", "unknown") => new("skin", Choices: ["normal"]),
            ("areas", "twice") => new("areas", Choices: ["face", "face"]),
            ("since", "ancient") => new("since", Date: new DateOnly(1800, 1, 1)),
            ("weight", "low") => new("weight", Number: 29.9m),
            ("weight", "high") => new("weight", Number: 250.1m),
            ("ack", "text") => new("ack", Text: "sí"),
            ("story", "number") => new("story", Number: 3),
            ("allergy", "both") => new("allergy", YesNo: true, Text: "x"),
            _ => new("name", Text: "Lucía", FollowUp: "x"),
        };

        ProblemOf(answer).ShouldBe(message);
    }

    [Fact]
    public void Given_answers_to_unknown_or_content_items_or_twice_When_checked_Then_they_are_refused()
    {
        Problems(AnswerCheck.Draft, new FormAnswer("ghost", Text: "x"), new FormAnswer("title", Text: "x"), new FormAnswer("name", Text: "a"), new FormAnswer("name", Text: "b"))
            .Select(p => (p.ItemId, p.Message)).ShouldBe(
            [
                ("ghost", "This form has no question with this id."),
                ("title", "This form has no question with this id."),
                ("name", "Answer each item once."),
            ]);
    }

    [Fact]
    public void Given_an_acknowledgement_left_unticked_When_submitted_Then_it_must_be_ticked()
    {
        ProblemOf(new FormAnswer("ack", Acknowledged: false)).ShouldBe("Tick this statement to confirm you have read and understood it.");
    }
}
