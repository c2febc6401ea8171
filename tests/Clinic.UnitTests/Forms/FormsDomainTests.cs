using Clinic.BuildingBlocks.Errors;
using Clinic.Forms.Domain.Audit;
using Clinic.Forms.Domain.Forms;
using Clinic.Forms.Domain.MedicalHistory;
using Clinic.Forms.Domain.Requests;
using Clinic.Forms.Domain.Submissions;
using Clinic.Forms.Domain.Visits;

namespace Clinic.UnitTests.Forms;

public sealed class FormsDomainTests
{
    private static readonly DateTimeOffset Now = new(2030, 1, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly Actor Patient = new(ActorKind.Patient, "user-1", "Lucía", null, "203.0.113.24", "Phone");

    private static (Form Form, FormVersion Version) Published()
    {
        var form = Form.Create(FormKind.Questionnaire, new FormContent(new("Cuestionario", "Questionnaire"), null,
            [new FormItem("q", FormItemType.ShortText, new("¿Nombre?", "Name?"), Required: true)]), null, Now, "Admin");
        return (form, form.Publish(Now, "Admin"));
    }

    [Fact]
    public void Given_a_withdrawn_request_When_answered_Then_409_with_the_reason()
    {
        var (_, version) = Published();
        var request = FormRequest.Ask(Guid.NewGuid(), Guid.NewGuid(), version, Now.AddDays(2), Now);
        request.Withdraw(Now, "The appointment was cancelled.").ShouldBeTrue();

        var refused = Should.Throw<ConflictException>(() => request.EnsureCanAnswer(version.Id));

        refused.Extensions["reason"].ShouldBe("withdrawn");
        request.Withdraw(Now, "again").ShouldBeFalse();
    }

    [Fact]
    public void Given_a_pending_request_When_a_new_version_is_published_Then_it_moves_and_the_old_version_is_refused_with_the_current_one()
    {
        var (form, first) = Published();
        var request = FormRequest.Ask(Guid.NewGuid(), Guid.NewGuid(), first, Now.AddDays(2), Now);
        form.UpdateDraft(form.Draft with { Title = new("Cuestionario de salud", "Health questionnaire") }, null, Now, "Admin");
        var second = form.Publish(Now, "Admin");

        request.MoveTo(second).ShouldBeTrue();
        var refused = Should.Throw<ConflictException>(() => request.EnsureCanAnswer(first.Id));

        refused.Extensions["reason"].ShouldBe("outdatedVersion");
        refused.Extensions["currentVersionId"].ShouldBe(second.Id);
        request.EnsureCanAnswer(second.Id);
    }

    [Fact]
    public void Given_a_completed_request_When_a_new_version_is_published_Then_it_keeps_the_version_answered()
    {
        var (form, first) = Published();
        var request = FormRequest.Ask(Guid.NewGuid(), Guid.NewGuid(), first, Now.AddDays(2), Now);
        request.Complete(Guid.NewGuid(), withStaff: false, Now);
        form.UpdateDraft(form.Draft with { Title = new("Nuevo", "New") }, null, Now, "Admin");

        request.MoveTo(form.Publish(Now, "Admin")).ShouldBeFalse();
        request.FormVersionId.ShouldBe(first.Id);
    }

    [Fact]
    public void Given_a_visit_When_an_older_event_arrives_after_a_newer_one_Then_it_is_ignored()
    {
        var facts = new VisitFacts(Guid.NewGuid(), Guid.NewGuid(), Now.AddDays(3), Now.AddDays(3).AddHours(1), "Europe/Madrid", "Centro", "Ana", [new(Guid.NewGuid(), "Peeling")]);
        var visit = Visit.Record(facts, VisitStatus.Booked, Now);

        visit.TryApply(facts, VisitStatus.Cancelled, Now.AddMinutes(10)).ShouldBeTrue();
        visit.TryApply(facts with { StartsAt = Now.AddDays(5) }, VisitStatus.Booked, Now.AddMinutes(5)).ShouldBeFalse();

        visit.Status.ShouldBe(VisitStatus.Cancelled);
        visit.StartsAt.ShouldBe(Now.AddDays(3));
    }

    [Fact]
    public void Given_a_medical_history_When_saved_again_unchanged_Then_no_version_is_made_and_a_change_names_its_fields()
    {
        var first = MedicalHistoryRecord.Next(Guid.NewGuid(), null, 1, MedicalHistoryData.Empty with
        {
            Allergies = new YesNoDetail(true, "  Látex "), Conditions = [MedicalCondition.ColdSores, MedicalCondition.Diabetes, MedicalCondition.ColdSores],
        }, Patient, Now)!;

        first.Data.Allergies.Details.ShouldBe("Látex");
        first.Data.Conditions.ShouldBe([MedicalCondition.Diabetes, MedicalCondition.ColdSores]);
        MedicalHistoryRecord.Next(first.PatientId, first.Data, 2, first.Data with { Conditions = [MedicalCondition.ColdSores, MedicalCondition.Diabetes] }, Patient, Now).ShouldBeNull();
        MedicalHistoryRecord.Next(first.PatientId, null, 1, MedicalHistoryData.Empty, Patient, Now).ShouldBeNull("nothing answered is nothing to record");

        var changes = MedicalHistoryRules.Differences(first.Data, first.Data with { Allergies = new YesNoDetail(false, "Látex"), Pregnancy = PregnancyStatus.Breastfeeding });
        changes.ShouldBe(
        [
            new MedicalHistoryChange("allergies", "yes", "no"),
            new MedicalHistoryChange("pregnancy", null, "Breastfeeding"),
        ], "details are compared as stored; 'no' drops them when normalised");
        MedicalHistoryRules.Normalize(first.Data with { Allergies = new YesNoDetail(false, "Látex") }).Allergies.Details.ShouldBeNull();
    }

    [Theory]
    [InlineData(null, "Send the drawn signature as a PNG data URL (data:image/png;base64,…).")]
    [InlineData("data:image/jpeg;base64,AAAA", "Send the drawn signature as a PNG data URL (data:image/png;base64,…).")]
    [InlineData("data:image/png;base64,***", "The signature image is not valid base64.")]
    [InlineData("data:image/png;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "The signature image is not a PNG.")]
    public void Given_a_signature_that_is_not_a_png_When_decoded_Then_the_problem_says_why(string? dataUrl, string problem)
    {
        SignatureImage.Decode(dataUrl).Problem.ShouldBe(problem);
    }

    [Fact]
    public void Given_a_png_too_wide_When_decoded_Then_it_is_refused_and_a_normal_one_passes()
    {
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
        SignatureImage.Decode(SignatureImage.DataUrlPrefix + Convert.ToBase64String(png)).Png.ShouldBe(png);

        var wide = png.ToArray();
        wide[16] = 0x7F;
        SignatureImage.Decode(SignatureImage.DataUrlPrefix + Convert.ToBase64String(wide)).Problem.ShouldBe("The signature image must be between 1 and 4000 pixels on each side.");
    }
}
