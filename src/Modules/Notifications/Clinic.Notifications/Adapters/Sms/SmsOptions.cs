namespace Clinic.Notifications.Adapters.Sms;

/// <summary>Configuration section "Notifications:Sms".</summary>
public sealed class SmsOptions
{
    public const string Section = "Notifications:Sms";

    /// <summary>Development default: keep SMS in the delivery log only. Production requires Twilio.</summary>
    public SmsAdapter Adapter { get; set; } = SmsAdapter.DeliveryLog;

    public TwilioOptions Twilio { get; set; } = new();
}

public enum SmsAdapter
{
    DeliveryLog,
    Twilio,
}

/// <summary>Configuration section "Notifications:Sms:Twilio". The auth token belongs in secrets or environment variables.</summary>
public sealed class TwilioOptions
{
    public string? AccountSid { get; set; }

    public string? AuthToken { get; set; }

    /// <summary>Sender number in E.164; or use <see cref="MessagingServiceSid"/>.</summary>
    public string? FromNumber { get; set; }

    public string? MessagingServiceSid { get; set; }

    /// <summary>Another Twilio-compatible endpoint (a regional edge, a proxy, a test listener); empty means api.twilio.com.</summary>
    public string? ApiBaseUrl { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
