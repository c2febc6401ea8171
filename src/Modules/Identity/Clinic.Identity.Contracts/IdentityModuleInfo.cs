namespace Clinic.Identity.Contracts;

public static class IdentityModuleInfo
{
    public const string Name = "identity";
}
