namespace Clinic.Identity.Domain.Patients;

/// <summary>
/// A person the clinic treats. Created by staff, by registration or by a first booking; a portal
/// account, if any, points at it. A profile merged into another stays as a tombstone so references
/// and its email still lead to the surviving profile.
/// </summary>
internal sealed class Patient
{
    private Patient() { }

    public Guid Id { get; private set; }

    public string FirstName { get; private set; } = "";

    public string LastName { get; private set; } = "";

    /// <summary>Contact email; unique across profiles (tombstones included) so matching by email is unambiguous.</summary>
    public string? Email { get; private set; }

    public string? NormalizedEmail { get; private set; }

    /// <summary>E.164.</summary>
    public string? Phone { get; private set; }

    public DateOnly? BirthDate { get; private set; }

    public string? Address { get; private set; }

    /// <summary>"es" or "en": the language of every email and SMS the patient receives.</summary>
    public string PreferredLanguage { get; private set; } = PatientLanguage.Default;

    public bool MarketingConsent { get; private set; }

    public PatientSource Source { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>First and last name without case, accents or extra spaces, for duplicate detection.</summary>
    public string NameKey { get; private set; } = "";

    public Guid? MergedIntoId { get; private set; }

    public DateTimeOffset? MergedAt { get; private set; }

    /// <summary>When the welcome (activation) email was last requested, so "Activate now" does not resend at once.</summary>
    public DateTimeOffset? WelcomeEmailSentAt { get; private set; }

    public string FullName => $"{FirstName} {LastName}";

    public bool IsMerged => MergedIntoId is not null;

    public static Patient Create(PatientDetails details, string? email, PatientSource source, DateTimeOffset now)
    {
        var patient = new Patient { Id = Guid.NewGuid(), Source = source, CreatedAt = now };
        if (!string.IsNullOrWhiteSpace(email))
        {
            patient.Email = email.Trim();
            patient.NormalizedEmail = EmailAddress.Normalize(email);
        }

        patient.Update(details);
        return patient;
    }

    public void Update(PatientDetails details)
    {
        FirstName = details.FirstName.Trim();
        LastName = details.LastName.Trim();
        NameKey = PersonNameKey.Of(FirstName, LastName);
        Phone = details.Phone;
        BirthDate = details.BirthDate;
        Address = string.IsNullOrWhiteSpace(details.Address) ? null : details.Address.Trim();
        PreferredLanguage = details.PreferredLanguage;
        MarketingConsent = details.MarketingConsent;
    }

    /// <summary>Adds what another source knows and this profile lacks; never overwrites what the patient or staff entered.</summary>
    public void FillBlanks(string? phone, DateOnly? birthDate, string? address)
    {
        Phone ??= phone;
        BirthDate ??= birthDate;
        if (Address is null && !string.IsNullOrWhiteSpace(address))
        {
            Address = address.Trim();
        }
    }

    /// <summary>Turns this profile into a tombstone pointing at <paramref name="surviving"/>, which keeps what it lacked.</summary>
    public void MergeInto(Patient surviving, DateTimeOffset now)
    {
        if (surviving.Id == Id || IsMerged || surviving.IsMerged)
        {
            throw new InvalidOperationException("Only two distinct, unmerged profiles can be merged.");
        }

        surviving.FillBlanks(Phone, BirthDate, Address);
        surviving.MarketingConsent |= MarketingConsent;
        MergedIntoId = surviving.Id;
        MergedAt = now;
    }

    public bool WelcomeEmailSentWithin(TimeSpan interval, DateTimeOffset now) =>
        WelcomeEmailSentAt is { } sent && now - sent < interval;

    public void RecordWelcomeEmail(DateTimeOffset now) => WelcomeEmailSentAt = now;
}
