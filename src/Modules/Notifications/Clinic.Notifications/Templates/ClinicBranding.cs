namespace Clinic.Notifications.Templates;

/// <summary>How the clinic presents itself in every message.</summary>
internal sealed record ClinicBranding(string Name, string? LogoUrl, string? Address, string? Phone, string PublicUrl, string TimeZone, string DefaultLanguage)
{
    /// <summary>The footer of messages that are not about one appointment.</summary>
    public IReadOnlyList<string> Footer => new[] { Name, Address, Phone }.OfType<string>().Where(line => line.Length > 0).ToList();
}
