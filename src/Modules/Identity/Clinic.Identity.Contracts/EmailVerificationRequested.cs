using Clinic.BuildingBlocks.Abstractions;

namespace Clinic.Identity.Contracts;

/// <summary>A patient registered (PP4): email them a single-use link that proves they own the address.</summary>
public sealed record EmailVerificationRequested(
    Guid PatientId, string Email, string FullName, string Language, string VerificationUrl, DateTimeOffset ExpiresAt) : IntegrationEvent;
