using Mediator;

namespace Clinic.Forms.Contracts;

/// <summary>
/// How far the patient is with the forms of one appointment: status only, never answers. Notifications
/// asks just before it sends a reminder, so the reminder names what is still pending at that moment.
/// An appointment Forms has no requests for answers with zero totals.
/// </summary>
/// <param name="Language">"es" or "en": the language of the pending forms' titles.</param>
public sealed record GetAppointmentFormsStatus(Guid AppointmentId, string Language) : IRequest<AppointmentFormsStatus>;

/// <param name="Total">Requests the patient must act on (questionnaires, consents, pre-treatment instructions); withdrawn ones do not count.</param>
/// <param name="Done">Of those, how many are answered, signed or read.</param>
/// <param name="PendingTitles">Titles of the ones still to do, in the requested language, in the order the portal lists them.</param>
public sealed record AppointmentFormsStatus(Guid AppointmentId, int Total, int Done, IReadOnlyList<string> PendingTitles)
{
    public int Pending => Total - Done;
}
