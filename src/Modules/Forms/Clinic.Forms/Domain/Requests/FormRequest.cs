using Clinic.BuildingBlocks.Errors;
using Clinic.Forms.Domain.Forms;

namespace Clinic.Forms.Domain.Requests;

/// <summary>
/// One form asked of a patient for one appointment ("Action required", PP10), pointing at the version in force
/// when it was asked. A visit is never asked the same form twice (one request per appointment and form).
/// </summary>
internal sealed class FormRequest
{
    private FormRequest() { }

    public Guid Id { get; private set; }

    public Guid PatientId { get; private set; }

    public Guid AppointmentId { get; private set; }

    public Guid FormId { get; private set; }

    public Guid FormVersionId { get; private set; }

    public FormKind Kind { get; private set; }

    public FormRequestStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the patient can see it: at once, or for post-treatment instructions when the visit starts.</summary>
    public DateTimeOffset AvailableAt { get; private set; }

    /// <summary>The appointment's start: what the patient should do before then.</summary>
    public DateTimeOffset DueBy { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>The submission that completed it (the latest, when answers were given again).</summary>
    public Guid? SubmissionId { get; private set; }

    /// <summary>Completed with answers the patient gave recently to the same version, as staff allowed.</summary>
    public bool ReusedEarlierAnswers { get; private set; }

    /// <summary>Completed on a clinic device with a staff member (PP12 on a tablet).</summary>
    public bool CompletedWithStaff { get; private set; }

    public DateTimeOffset? WithdrawnAt { get; private set; }

    public string? WithdrawnReason { get; private set; }

    /// <summary>Unsent answers, kept so leaving the page loses nothing; clinical data like the answers themselves.</summary>
    public string? DraftJson { get; private set; }

    public Guid? DraftVersionId { get; private set; }

    public DateTimeOffset? DraftSavedAt { get; private set; }

    /// <summary>Concurrency token: a double-clicked submit or two devices cannot both complete it.</summary>
    public Guid Revision { get; private set; }

    public bool IsActionable => Status == FormRequestStatus.Pending;

    public static FormRequest Ask(Guid patientId, Guid appointmentId, FormVersion version, DateTimeOffset dueBy, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        PatientId = patientId,
        AppointmentId = appointmentId,
        FormId = version.FormId,
        FormVersionId = version.Id,
        Kind = version.Kind,
        Status = FormRequestStatus.Pending,
        CreatedAt = now,
        AvailableAt = now,
        DueBy = dueBy,
        Revision = Guid.NewGuid(),
    };

    /// <summary>Post-treatment instructions, visible from the moment the visit starts (PP11); there is nothing to do with them.</summary>
    public static FormRequest Release(Guid patientId, Guid appointmentId, FormVersion version, DateTimeOffset dueBy, DateTimeOffset now)
    {
        var request = Ask(patientId, appointmentId, version, dueBy, now);
        request.Status = FormRequestStatus.Completed;
        request.CompletedAt = now;
        return request;
    }

    /// <summary>Refuses an answer or signature that cannot be accepted, saying what the patient should do instead.</summary>
    public void EnsureCanAnswer(Guid versionIdSeen)
    {
        if (Status == FormRequestStatus.Withdrawn)
        {
            throw new ConflictException(
                "This form is no longer requested (the appointment was cancelled or no longer needs it). Nothing was saved; there is nothing more to do.",
                Reason("withdrawn"));
        }

        if (versionIdSeen != FormVersionId)
        {
            throw new ConflictException(
                "The clinic has published a new version of this form since you opened it. Nothing was saved: reload the form, read it again and answer the current version.",
                new Dictionary<string, object?> { ["reason"] = "outdatedVersion", ["currentVersionId"] = FormVersionId });
        }
    }

    public void Complete(Guid submissionId, bool withStaff, DateTimeOffset now)
    {
        Status = FormRequestStatus.Completed;
        SubmissionId = submissionId;
        CompletedAt = now;
        CompletedWithStaff = withStaff;
        ReusedEarlierAnswers = false;
        DraftJson = null;
        DraftVersionId = null;
        DraftSavedAt = null;
        Revision = Guid.NewGuid();
    }

    public void CompleteWithEarlierAnswers(Guid submissionId, DateTimeOffset now)
    {
        Complete(submissionId, withStaff: false, now);
        ReusedEarlierAnswers = true;
    }

    /// <summary>Pre-treatment instructions: opened and confirmed as read.</summary>
    public void MarkRead(DateTimeOffset now)
    {
        if (!Kind.IsInstructions())
        {
            throw new ConflictException("Only instructions are marked as read; questionnaires are answered and consents signed.");
        }

        if (Status == FormRequestStatus.Completed)
        {
            return;
        }

        EnsureCanAnswer(FormVersionId);
        Status = FormRequestStatus.Completed;
        CompletedAt = now;
        Revision = Guid.NewGuid();
    }

    public void SaveDraft(Guid versionId, string answersJson, DateTimeOffset now)
    {
        EnsureCanAnswer(versionId);
        if (Status != FormRequestStatus.Pending)
        {
            throw new ConflictException("This form is already answered; a draft is only kept while it is pending.", Reason("completed"));
        }

        DraftJson = answersJson;
        DraftVersionId = versionId;
        DraftSavedAt = now;
    }

    /// <summary>Points a still-pending request at a newer version, so the patient answers what the clinic asks today.</summary>
    public bool MoveTo(FormVersion version)
    {
        if (Status != FormRequestStatus.Pending || version.Id == FormVersionId)
        {
            return false;
        }

        FormVersionId = version.Id;
        Revision = Guid.NewGuid();
        return true;
    }

    public bool Withdraw(DateTimeOffset now, string reason)
    {
        if (Status != FormRequestStatus.Pending)
        {
            return false;
        }

        Status = FormRequestStatus.Withdrawn;
        WithdrawnAt = now;
        WithdrawnReason = reason;
        DraftJson = null;
        DraftVersionId = null;
        Revision = Guid.NewGuid();
        return true;
    }

    /// <summary>A withdrawn request asked again (the form was assigned back, the visit is still ahead): pending on the current version.</summary>
    public bool Reopen(FormVersion version, DateTimeOffset now)
    {
        if (Status != FormRequestStatus.Withdrawn || SubmissionId is not null)
        {
            return false;
        }

        Status = FormRequestStatus.Pending;
        FormVersionId = version.Id;
        WithdrawnAt = null;
        WithdrawnReason = null;
        AvailableAt = now;
        Revision = Guid.NewGuid();
        return true;
    }

    public void Reschedule(DateTimeOffset startsAt) => DueBy = startsAt;


    private static Dictionary<string, object?> Reason(string reason) => new() { ["reason"] = reason };
}
