using Clinic.BuildingBlocks.Abstractions;

namespace Clinic.Identity.Contracts;

/// <summary>
/// Text a one-time code to a phone (OB4). The code travels in clear only here and in the SMS itself;
/// Identity stores it hashed, and Notifications redacts it from the delivery log once sent.
/// </summary>
public sealed record PhoneVerificationCodeRequested(string Phone, string Code, string Language, DateTimeOffset ExpiresAt) : IntegrationEvent;
