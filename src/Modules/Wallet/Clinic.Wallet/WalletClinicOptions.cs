namespace Clinic.Wallet;

/// <summary>Configuration section "Clinic", as far as money is concerned: its currency and where patients reach it.</summary>
public sealed class WalletClinicOptions
{
    public const string Section = "Clinic";

    /// <summary>ISO 4217 code of every amount the clinic charges (the card check included).</summary>
    public string Currency { get; set; } = "EUR";

    /// <summary>IANA zone the staff payments list counts its days in.</summary>
    public string TimeZone { get; set; } = "Europe/Madrid";

    /// <summary>Pay links in emails start with it.</summary>
    public string PublicUrl { get; set; } = "http://localhost:5080";
}
