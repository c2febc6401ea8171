namespace Clinic.Scheduling.Domain.Policies;

public enum LateFeeKind
{
    None,

    /// <summary>A fixed amount in the clinic's currency.</summary>
    Fixed,

    /// <summary>A percentage of the appointment's price.</summary>
    PercentOfPrice,
}
