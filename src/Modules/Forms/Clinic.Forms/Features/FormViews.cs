using Clinic.Forms.Domain.Forms;
using Clinic.Forms.Domain.Requests;
using Clinic.Forms.Domain.Visits;

namespace Clinic.Forms.Features;

/// <summary>A published version as patients and staff see it.</summary>
/// <param name="Id">Version id: what answers and signatures point to.</param>
/// <param name="FormId">The form it was published from.</param>
/// <param name="Number">1, 2, 3… per form.</param>
/// <param name="Kind">Questionnaire, consent or instructions.</param>
/// <param name="Content">The frozen text and items.</param>
/// <param name="PublishedAt">When it was published.</param>
public sealed record FormVersionView(Guid Id, Guid FormId, int Number, FormKind Kind, FormContent Content, DateTimeOffset PublishedAt)
{
    internal static FormVersionView From(FormVersion version) =>
        new(version.Id, version.FormId, version.Number, version.Kind, version.Content, version.PublishedAt);
}

/// <summary>One form asked of a patient for one visit: its status only, never the answers.</summary>
/// <param name="Id">Request id.</param>
/// <param name="FormId">The form.</param>
/// <param name="VersionId">The version the patient is asked (or answered).</param>
/// <param name="Kind">What to do with it.</param>
/// <param name="Title">The form's title in both languages.</param>
/// <param name="Status">Pending, Completed or Withdrawn.</param>
/// <param name="AvailableAt">Since when the patient sees it.</param>
/// <param name="DueBy">Before when (the appointment's start).</param>
/// <param name="CompletedAt">When it was answered, signed or read.</param>
/// <param name="SubmissionId">The answers or signature that completed it.</param>
/// <param name="CompletedWithStaff">Completed on a clinic device with a staff member.</param>
/// <param name="ReusedEarlierAnswers">Satisfied by answers the patient gave recently.</param>
/// <param name="HasDraft">Answers saved but not sent yet.</param>
/// <param name="WithdrawnReason">Why it is no longer asked.</param>
public sealed record FormRequestSummary(
    Guid Id, Guid FormId, Guid VersionId, FormKind Kind, LocalizedText Title, FormRequestStatus Status, DateTimeOffset AvailableAt, DateTimeOffset DueBy,
    DateTimeOffset? CompletedAt, Guid? SubmissionId, bool CompletedWithStaff, bool ReusedEarlierAnswers, bool HasDraft, string? WithdrawnReason)
{
    internal static FormRequestSummary From(FormRequest request, FormVersion version) => new(
        request.Id, request.FormId, request.FormVersionId, request.Kind, version.Content.Title, request.Status, request.AvailableAt, request.DueBy,
        request.CompletedAt, request.SubmissionId, request.CompletedWithStaff, request.ReusedEarlierAnswers, request.DraftJson is not null, request.WithdrawnReason);
}

/// <summary>The appointment a set of requests belongs to, as Forms knows it.</summary>
/// <param name="AppointmentId">The appointment.</param>
/// <param name="StartsAt">Start (UTC instant).</param>
/// <param name="TimeZone">The location's IANA zone, to show local times.</param>
/// <param name="LocationName">Where.</param>
/// <param name="ProviderName">With whom.</param>
/// <param name="Services">Treatments booked.</param>
/// <param name="Status">Booked, Started, Completed, Cancelled or NoShow.</param>
public sealed record VisitSummary(Guid AppointmentId, DateTimeOffset StartsAt, string TimeZone, string LocationName, string ProviderName,
    IReadOnlyList<string> Services, VisitStatus Status)
{
    internal static VisitSummary From(Visit visit) => new(
        visit.AppointmentId, visit.StartsAt, visit.TimeZone, visit.LocationName, visit.ProviderName, visit.Services.Select(s => s.Name).ToList(), visit.Status);
}

/// <summary>A visit and its requests, with how many of those the patient must act on are done ("2 of 3").</summary>
/// <param name="Visit">The appointment.</param>
/// <param name="Total">Questionnaires, consents and pre-treatment instructions asked (withdrawn ones excluded).</param>
/// <param name="Done">Of those, answered, signed or read.</param>
/// <param name="Requests">Every request of the visit, post-treatment instructions included.</param>
public sealed record VisitForms(VisitSummary Visit, int Total, int Done, IReadOnlyList<FormRequestSummary> Requests)
{
    internal static VisitForms From(Visit visit, IEnumerable<FormRequestSummary> requests)
    {
        var list = requests.OrderBy(r => r.Kind.ListOrder()).ThenBy(r => r.Title.Es, StringComparer.CurrentCulture).ToList();
        var counted = list.Where(r => r.Kind.IsRequestedAtBooking() && r.Status != FormRequestStatus.Withdrawn).ToList();
        return new VisitForms(VisitSummary.From(visit), counted.Count, counted.Count(r => r.Status == FormRequestStatus.Completed), list);
    }
}
