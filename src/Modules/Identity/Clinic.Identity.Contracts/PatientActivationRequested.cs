using Clinic.BuildingBlocks.Abstractions;

namespace Clinic.Identity.Contracts;

/// <summary>
/// Send the welcome email whose link lets the patient confirm their portal account by choosing a
/// password (PP1 after a first booking, PP2 "Activate now").
/// </summary>
public sealed record PatientActivationRequested(
    Guid PatientId, string Email, string FullName, string Language, string ActivationUrl, DateTimeOffset ExpiresAt) : IntegrationEvent;
