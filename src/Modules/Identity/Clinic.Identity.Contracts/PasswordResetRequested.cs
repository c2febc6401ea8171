using Clinic.BuildingBlocks.Abstractions;

namespace Clinic.Identity.Contracts;

/// <summary>Someone asked to reset the password of an existing account; only the account's owner receives the link.</summary>
public sealed record PasswordResetRequested(
    string Email, string FullName, string Language, string ResetUrl, DateTimeOffset ExpiresAt) : IntegrationEvent;
