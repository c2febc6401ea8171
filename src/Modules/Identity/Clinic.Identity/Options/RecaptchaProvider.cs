namespace Clinic.Identity.Options;

public enum RecaptchaProvider
{
    /// <summary>Accepts every request: for development and tests only; Production refuses to start with it.</summary>
    Development,

    Google,
}
