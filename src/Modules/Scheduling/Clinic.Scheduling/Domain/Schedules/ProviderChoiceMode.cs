namespace Clinic.Scheduling.Domain.Schedules;

/// <summary>How patients pick who treats them online (OB6).</summary>
public enum ProviderChoiceMode
{
    /// <summary>Patients may pick a provider or take the first available.</summary>
    SpecificOrFirstAvailable,

    /// <summary>Patients must pick a provider.</summary>
    SpecificOnly,

    /// <summary>Patients get the first available provider; they cannot pick.</summary>
    FirstAvailableOnly,
}
