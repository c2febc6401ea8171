namespace Clinic.BuildingBlocks.Abstractions;

/// <summary>Role names shared by every module's authorization policies.</summary>
public static class ClinicRoles
{
    public const string Admin = "Admin";
    public const string Provider = "Provider";
    public const string FrontDesk = "FrontDesk";
    public const string Patient = "Patient";
}
