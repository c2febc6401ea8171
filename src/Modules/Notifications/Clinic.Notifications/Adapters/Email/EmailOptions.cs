namespace Clinic.Notifications.Adapters.Email;

/// <summary>Configuration section "Notifications:Email".</summary>
public sealed class EmailOptions
{
    public const string Section = "Notifications:Email";

    /// <summary>Development default: write .eml files instead of sending. Production requires Smtp.</summary>
    public EmailAdapter Adapter { get; set; } = EmailAdapter.PickupDirectory;

    /// <summary>Folder for .eml files; defaults to "mail" inside the data directory.</summary>
    public string? PickupDirectory { get; set; }

    public string FromAddress { get; set; } = "no-reply@clinic.invalid";

    /// <summary>Display name of the sender; the clinic name when empty.</summary>
    public string? FromName { get; set; }

    public SmtpOptions Smtp { get; set; } = new();
}

public enum EmailAdapter
{
    PickupDirectory,
    Smtp,
}

/// <summary>Configuration section "Notifications:Email:Smtp". Credentials belong in secrets or environment variables.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    /// <summary>Leave empty for a relay that needs no authentication.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>Per SMTP operation; keep it well under Notifications:Delivery:LeaseDuration.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}

public enum SmtpSecurity
{
    /// <summary>STARTTLS required (port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,

    /// <summary>STARTTLS when the server offers it.</summary>
    StartTlsWhenAvailable,

    /// <summary>Plain text: only for a relay on the same machine or network.</summary>
    None,
}
