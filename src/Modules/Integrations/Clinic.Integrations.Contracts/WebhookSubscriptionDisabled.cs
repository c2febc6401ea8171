using Clinic.BuildingBlocks.Abstractions;

namespace Clinic.Integrations.Contracts;

/// <summary>
/// A webhook subscription kept failing and was switched off; Notifications tells the clinic's Admins.
/// </summary>
/// <param name="FailedAttempts">Delivery attempts that failed in a row, with no success in between.</param>
/// <param name="FailingSince">When the first of those failed attempts happened.</param>
/// <param name="LastError">What the last attempt got: "HTTP 500", a timeout, a refused address…</param>
public sealed record WebhookSubscriptionDisabled(
    Guid SubscriptionId,
    string SubscriptionName,
    string Url,
    int FailedAttempts,
    DateTimeOffset FailingSince,
    string? LastError) : IntegrationEvent;
