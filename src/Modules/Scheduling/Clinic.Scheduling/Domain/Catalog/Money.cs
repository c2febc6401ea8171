namespace Clinic.Scheduling.Domain.Catalog;

/// <summary>An amount in the currency's minor unit (cents), never a floating-point number.</summary>
public sealed record Money(long AmountMinor, string Currency);
