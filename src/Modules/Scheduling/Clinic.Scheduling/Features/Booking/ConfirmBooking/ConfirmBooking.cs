using System.Text.Json.Serialization;
using Clinic.Scheduling.Features.Appointments;
using Mediator;

namespace Clinic.Scheduling.Features.Booking.ConfirmBooking;

/// <summary>
/// Turns the patient's holds into appointments, all or none. A guest gives their details (an email
/// already on file books into that patient's profile) and, when the clinic asks for it, the token
/// from the SMS code step; a signed-in patient books into their own profile (the session decides, and
/// <see cref="Patient"/> may be left out).
/// </summary>
public sealed record ConfirmBooking(IReadOnlyList<HeldSlot> Holds, PatientDetails? Patient, string? PhoneVerificationToken, string? Notes)
    : IRequest<BookingConfirmation>
{
    /// <summary>From the Idempotency-Key header: a retry with the same key returns the first answer.</summary>
    [JsonIgnore]
    public string? IdempotencyKey { get; init; }
}

public sealed record HeldSlot(Guid HoldId, string HoldToken);

/// <param name="Language">"es" or "en": the language of the patient's emails and messages.</param>
/// <param name="FirstName">Given name.</param>
/// <param name="LastName">Family name(s).</param>
/// <param name="Email">Where confirmations are sent; identifies an existing patient.</param>
/// <param name="Phone">Mobile number for SMS, in any common notation.</param>
public sealed record PatientDetails(string FirstName, string LastName, string Email, string Phone, string Language);

public sealed record BookingConfirmation(Guid PatientId, bool IsNewPatient, IReadOnlyList<BookedAppointment> Appointments);

/// <param name="StartsAt">Start, with the location's offset.</param>
/// <param name="EndsAt">End of the last treatment, with the location's offset.</param>
/// <param name="AppointmentId">The appointment's id.</param>
/// <param name="LocationId">Where.</param>
/// <param name="LocationName">Location name.</param>
/// <param name="LocationAddress">Location address.</param>
/// <param name="TimeZone">The location's IANA zone.</param>
/// <param name="ProviderId">Who performs the treatments.</param>
/// <param name="ProviderName">Their name.</param>
/// <param name="Services">Treatments in order.</param>
/// <param name="CalendarUrl">Download link of the appointment's .ics file, for "add to my calendar".</param>
public sealed record BookedAppointment(
    Guid AppointmentId, Guid LocationId, string LocationName, string LocationAddress, string TimeZone, Guid ProviderId, string ProviderName,
    DateTimeOffset StartsAt, DateTimeOffset EndsAt, IReadOnlyList<BookedService> Services, string CalendarUrl);
