namespace Clinic.BuildingBlocks.Persistence;

/// <summary>Configuration section "DemoData": plant the demo clinic on start (embedded default only).</summary>
public sealed class DemoDataOptions
{
    public const string Section = "DemoData";

    public bool Enabled { get; set; }
}
