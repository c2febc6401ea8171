using Clinic.Forms.Domain.Forms;

namespace Clinic.UnitTests.Forms;

public sealed class FormContentRulesTests
{
    private static FormContent With(params FormItem[] items) => new(new LocalizedText("Título", "Title"), null, items);

    private static FormItem Item(string id, FormItemType type) => new(id, type, new("Texto", "Text"));

    [Fact]
    public void Given_duplicate_or_malformed_ids_When_checked_Then_each_is_reported_where_it_is()
    {
        var problems = FormContentRules.ShapeProblems(FormKind.Questionnaire, With(Item("name", FormItemType.ShortText), Item("name", FormItemType.LongText), Item("Bad_Id", FormItemType.Date)));

        problems.Select(p => p.Path).ShouldBe(["items[1].id", "items[2].id"]);
    }

    [Theory]
    [InlineData(FormKind.Questionnaire, FormItemType.Acknowledgement, false)]
    [InlineData(FormKind.Questionnaire, FormItemType.YesNo, true)]
    [InlineData(FormKind.Consent, FormItemType.Acknowledgement, true)]
    [InlineData(FormKind.Consent, FormItemType.Number, true)]
    [InlineData(FormKind.PreTreatmentInstructions, FormItemType.Paragraph, true)]
    [InlineData(FormKind.PreTreatmentInstructions, FormItemType.ShortText, false)]
    [InlineData(FormKind.PostTreatmentInstructions, FormItemType.Acknowledgement, false)]
    public void Given_an_item_type_When_checked_against_the_forms_kind_Then_only_what_the_kind_allows_passes(FormKind kind, FormItemType type, bool allowed)
    {
        FormContentRules.ShapeProblems(kind, With(Item("x", type))).Any(p => p.Path == "items[0].type").ShouldBe(!allowed);
    }

    [Fact]
    public void Given_choice_follow_up_and_number_rules_When_broken_Then_each_is_reported()
    {
        var problems = FormContentRules.ShapeProblems(FormKind.Questionnaire, With(
            new FormItem("one", FormItemType.SingleChoice, new("a", "a"), Options: [new("x", new("X", "X"))]),
            new FormItem("dup", FormItemType.MultipleChoice, new("a", "a"), Options: [new("x", new("X", "X")), new("x", new("Y", "Y"))]),
            new FormItem("text", FormItemType.ShortText, new("a", "a"), FollowUp: new FollowUpQuestion(true, new("b", "b"), false)),
            new FormItem("range", FormItemType.Number, new("a", "a"), Min: 5, Max: 1),
            new FormItem("date", FormItemType.Date, new("a", "a"), Min: 1)));

        problems.Select(p => p.Path).ShouldBe(["items[0].options", "items[1].options[1].id", "items[2].followUp", "items[3].max", "items[4].min"]);
        problems.Select(p => p.Code).ShouldBe([
            ContentProblemCode.OptionCount, ContentProblemCode.DuplicateId, ContentProblemCode.FollowUpNotOnYesNo, ContentProblemCode.MaxBelowMin, ContentProblemCode.LimitsNotOnNumber]);
        problems[0].Limit.ShouldBe(FormLimits.MaxOptions);
    }

    [Fact]
    public void Given_a_consent_without_acknowledgements_When_checked_for_publishing_Then_it_is_not_ready()
    {
        FormContentRules.PublishProblems(FormKind.Consent, With(Item("p", FormItemType.Paragraph))).Select(p => p.Message)
            .ShouldBe(["A consent needs at least one statement for the patient to acknowledge before signing."]);
        FormContentRules.PublishProblems(FormKind.Questionnaire, With(Item("h", FormItemType.Heading))).Single().Message.ShouldContain("at least one question");
        FormContentRules.PublishProblems(FormKind.PostTreatmentInstructions, With(Item("p", FormItemType.Paragraph))).ShouldBeEmpty();
    }

    [Fact]
    public void Given_texts_longer_than_allowed_When_checked_Then_the_language_is_named()
    {
        var problems = FormContentRules.ShapeProblems(FormKind.Questionnaire,
            new FormContent(new LocalizedText(new string('a', 201), "Title"), null, [Item("q", FormItemType.ShortText)]));

        problems.Single().Path.ShouldBe("title.es");
    }
}
