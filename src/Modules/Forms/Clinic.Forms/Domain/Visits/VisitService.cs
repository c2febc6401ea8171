namespace Clinic.Forms.Domain.Visits;

/// <summary>A treatment of the appointment, with its name as booked.</summary>
public sealed record VisitService(Guid ServiceId, string Name);
