namespace Clinic.Scheduling.Domain.Policies;

/// <summary>Whether a patient may cancel or reschedule an appointment themselves, and if not, why.</summary>
internal enum OnlineChange
{
    Allowed,

    /// <summary>The clinic does not offer this change online at the moment.</summary>
    NotOffered,

    /// <summary>Inside the window of the policy the patient accepted, where it can no longer be done online.</summary>
    TooLate,
}
