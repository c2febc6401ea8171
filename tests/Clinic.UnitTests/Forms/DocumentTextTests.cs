using Clinic.Forms.Domain.Forms;

namespace Clinic.UnitTests.Forms;

public sealed class DocumentTextTests
{
    private static readonly FormContent Consent = new(new LocalizedText("Consentimiento", "Consent"), new LocalizedText("Léelo.", "Read it."),
    [
        new FormItem("h", FormItemType.Heading, new("Riesgos", "Risks")),
        new FormItem("p", FormItemType.Paragraph, new("Enrojecimiento.", "Redness.")),
        new FormItem("c", FormItemType.SingleChoice, new("Fototipo", "Skin type"), Required: true, Options: [new("i", new("I", "I")), new("ii", new("II", "II"))]),
        new FormItem("y", FormItemType.YesNo, new("¿Fotos?", "Photos?"), FollowUp: new FollowUpQuestion(true, new("¿Dónde?", "Where?"), false)),
        new FormItem("a", FormItemType.Acknowledgement, new("Entiendo.", "I understand.")),
    ]);

    [Fact]
    public void Given_a_version_When_written_in_each_language_Then_the_lines_are_what_the_patient_reads_in_that_language()
    {
        DocumentText.Lines(Consent, "es").ShouldBe(["Consentimiento", "Léelo.", "Riesgos", "Enrojecimiento.", "Fototipo *", "- I", "- II", "¿Fotos?", "¿Dónde?", "[ ] Entiendo."]);
        DocumentText.Lines(Consent, "en")[0].ShouldBe("Consent");
        DocumentText.Sha256(Consent, "es").ShouldNotBe(DocumentText.Sha256(Consent, "en"));
    }

    [Fact]
    public void Given_a_single_word_changed_When_hashed_Then_the_fingerprint_changes_and_is_stable_otherwise()
    {
        var changed = Consent with { Items = [.. Consent.Items.Take(1), Consent.Items[1] with { Text = new("Enrojecimiento leve.", "Redness.") }, .. Consent.Items.Skip(2)] };

        DocumentText.Sha256(Consent, "es").ShouldBe(DocumentText.Sha256(Consent with { }, "es"));
        DocumentText.Sha256(changed, "es").ShouldNotBe(DocumentText.Sha256(Consent, "es"));
        DocumentText.Sha256(changed, "en").ShouldBe(DocumentText.Sha256(Consent, "en"));
        DocumentText.Sha256(Consent, "es").Length.ShouldBe(64);
    }
}
