namespace Clinic.BuildingBlocks.Abstractions;

/// <summary>Authorization policy names; the host defines what each requires.</summary>
public static class ClinicPolicies
{
    /// <summary>Clinic configuration: catalog, settings, staff. Admin only.</summary>
    public const string ManageClinic = "ManageClinic";

    /// <summary>Day-to-day clinic work: any staff role.</summary>
    public const string Staff = "Staff";
}
