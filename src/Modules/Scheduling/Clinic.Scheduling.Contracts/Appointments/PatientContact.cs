namespace Clinic.Scheduling.Contracts.Appointments;

/// <summary>How to reach the patient, as known when the appointment changed; language is "es" or "en".</summary>
public sealed record PatientContact(string FullName, string? Email, string? Phone, string Language);
