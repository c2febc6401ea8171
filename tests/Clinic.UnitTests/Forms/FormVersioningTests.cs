using Clinic.BuildingBlocks.Errors;
using Clinic.Forms.Domain.Forms;

namespace Clinic.UnitTests.Forms;

public sealed class FormVersioningTests
{
    private static readonly DateTimeOffset Now = new(2030, 1, 10, 9, 0, 0, TimeSpan.Zero);

    private static FormContent Consent(string risk = "Puede causar enrojecimiento.") => new(
        new LocalizedText("Consentimiento", "Consent"),
        null,
        [
            new FormItem("risk", FormItemType.Paragraph, new(risk, "It may cause redness.")),
            new FormItem("ack", FormItemType.Acknowledgement, new("Entiendo.", "I understand.")),
        ]);

    [Fact]
    public void Given_a_published_form_When_its_draft_changes_and_is_published_again_Then_the_first_version_keeps_its_content()
    {
        var form = Form.Create(FormKind.Consent, Consent(), null, Now, "Admin");
        var first = form.Publish(Now, "Admin");

        form.UpdateDraft(Consent("Puede causar enrojecimiento e hinchazón."), null, Now.AddDays(1), "Admin");
        var second = form.Publish(Now.AddDays(1), "Admin");

        (first.Number, second.Number).ShouldBe((1, 2));
        first.Content.Items[0].Text.Es.ShouldBe("Puede causar enrojecimiento.");
        second.Content.Items[0].Text.Es.ShouldBe("Puede causar enrojecimiento e hinchazón.");
        form.CurrentVersionId.ShouldBe(second.Id);
        form.HasUnpublishedChanges.ShouldBeFalse();
    }

    [Fact]
    public void Given_an_unchanged_draft_When_published_again_Then_it_is_refused()
    {
        var form = Form.Create(FormKind.Consent, Consent(), null, Now, "Admin");
        form.Publish(Now, "Admin");
        form.UpdateDraft(Consent(), null, Now, "Admin");

        Should.Throw<ConflictException>(() => form.Publish(Now, "Admin")).Message.ShouldContain("Version 1 already has exactly this content");
    }

    [Fact]
    public void Given_a_draft_missing_a_language_When_published_Then_every_missing_text_is_named()
    {
        var form = Form.Create(FormKind.Consent, Consent() with { Title = new("Consentimiento", "") }, null, Now, "Admin");

        var refused = Should.Throw<FormNotReadyException>(() => form.Publish(Now, "Admin"));

        refused.Problems.Select(p => p.Path).ShouldBe(["title.en"]);
        form.LatestVersionNumber.ShouldBe(0);
    }

    [Fact]
    public void Given_an_archived_form_When_edited_or_published_Then_it_must_be_restored_first()
    {
        var form = Form.Create(FormKind.Consent, Consent(), null, Now, "Admin");
        form.Archive(Now, "Admin");

        Should.Throw<ConflictException>(() => form.Publish(Now, "Admin")).Message.ShouldContain("Restore it first");
        Should.Throw<ConflictException>(() => form.UpdateDraft(Consent("x"), null, Now, "Admin"));
        form.Restore(Now, "Admin");
        form.Publish(Now, "Admin").Number.ShouldBe(1);
    }

    [Fact]
    public void Given_content_When_saved_Then_texts_are_trimmed_and_only_questions_keep_required_while_acknowledgements_always_are()
    {
        var form = Form.Create(FormKind.Consent, new FormContent(
            new LocalizedText("  Consentimiento ", " Consent "),
            new LocalizedText(" ", ""),
            [
                new FormItem("intro", FormItemType.Paragraph, new("Texto", "Text"), Required: true, Help: new("", " ")),
                new FormItem("ack", FormItemType.Acknowledgement, new("Entiendo", "I understand"), Required: false),
                new FormItem("q", FormItemType.ShortText, new("Nombre", "Name"), Required: true, Options: [new("a", new("A", "A"))], Min: 1),
            ]), reuseAnswersForDays: 30, Now, "Admin");

        var draft = form.Draft;
        draft.Title.ShouldBe(new LocalizedText("Consentimiento", "Consent"));
        draft.Introduction.ShouldBeNull();
        draft.Items.Select(i => (i.Id, i.Required)).ShouldBe([("intro", false), ("ack", true), ("q", true)]);
        draft.Items[0].Help.ShouldBeNull();
        draft.Items[2].Options.ShouldBeNull();
        draft.Items[2].Min.ShouldBeNull();
        form.ReuseAnswersForDays.ShouldBeNull("only questionnaires reuse answers");
    }

    [Fact]
    public void Given_services_When_assigned_Then_the_changed_ones_are_reported_and_a_no_change_is_silent()
    {
        var form = Form.Create(FormKind.Consent, Consent(), null, Now, "Admin");
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        var c = Guid.NewGuid();

        form.AssignTo([a, b], Now, "Admin").ShouldBe([a, b], ignoreOrder: true);
        form.AssignTo([b, c], Now, "Admin").ShouldBe([c, a], ignoreOrder: true);
        form.AssignTo([c, b], Now, "Admin").ShouldBeEmpty();
        form.Services.Select(s => s.ServiceId).ShouldBe([b, c], ignoreOrder: true);
    }
}
