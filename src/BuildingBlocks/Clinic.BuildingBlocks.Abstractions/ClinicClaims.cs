namespace Clinic.BuildingBlocks.Abstractions;

/// <summary>Claim types the Identity module puts in a session or API-key principal and other modules read.</summary>
public static class ClinicClaims
{
    /// <summary>The patient profile a portal session belongs to.</summary>
    public const string PatientId = "clinic:patient_id";

    /// <summary>One claim per scope granted to an integrator's API key (see <see cref="ApiScopes"/>).</summary>
    public const string Scope = "scope";
}
