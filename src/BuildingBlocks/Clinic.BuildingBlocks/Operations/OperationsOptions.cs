namespace Clinic.BuildingBlocks.Operations;

public sealed class OperationsOptions
{
    public const string Section = "Operations";

    /// <summary>How often the backlog gauges are refreshed from the databases.</summary>
    public TimeSpan BacklogSampleInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Readiness fails when a queue has more due items than this.</summary>
    public long ReadyMaxDue { get; set; } = 10_000;

    /// <summary>Readiness fails when a queue's oldest due item has waited longer than this.</summary>
    public TimeSpan ReadyMaxOldestWait { get; set; } = TimeSpan.FromMinutes(30);
}
