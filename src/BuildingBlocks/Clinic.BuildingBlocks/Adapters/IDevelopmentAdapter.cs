namespace Clinic.BuildingBlocks.Adapters;

/// <summary>
/// Marks an adapter that stands in for an external service (SMTP, SMS, payments, reCAPTCHA) without
/// a network: right for development and tests, never for real patients. Production refuses to start
/// while one is registered (<see cref="DevelopmentAdapterGuard"/>), so register adapters by type.
/// </summary>
public interface IDevelopmentAdapter;
