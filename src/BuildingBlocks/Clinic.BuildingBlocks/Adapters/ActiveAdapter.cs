namespace Clinic.BuildingBlocks.Adapters;

/// <summary>
/// Which implementation of an external service (SMTP, SMS, payments, reCAPTCHA…) configuration picked.
/// Each module registers one per port so the host can refuse to run Production on a development adapter.
/// </summary>
public sealed record ActiveAdapter(string Service, string Implementation, bool IsDevelopmentAdapter);
