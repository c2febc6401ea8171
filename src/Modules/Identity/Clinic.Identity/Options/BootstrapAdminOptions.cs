namespace Clinic.Identity.Options;

/// <summary>
/// Configuration section "Identity:BootstrapAdmin": the first Admin, created on start while the clinic
/// has none. Without a password one is generated and logged once. Nothing here has a default in the repo.
/// </summary>
public sealed class BootstrapAdminOptions
{
    public const string Section = "Identity:BootstrapAdmin";

    public string? Email { get; set; }

    public string? Password { get; set; }

    public string FullName { get; set; } = "Administrator";
}
