using Clinic.BuildingBlocks.Abstractions;

namespace Clinic.Identity.Contracts;

/// <summary>A new patient profile exists: created by staff, by registration or by a first booking.</summary>
/// <param name="Source">"staff", "registration" or "booking".</param>
/// <param name="Language">"es" or "en".</param>
public sealed record PatientCreated(Guid PatientId, string Source, string Language) : IntegrationEvent;
