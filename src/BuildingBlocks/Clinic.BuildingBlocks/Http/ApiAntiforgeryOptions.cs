namespace Clinic.BuildingBlocks.Http;

/// <summary>Which header credentials exempt an unsafe request from the antiforgery check (e.g. an integrator's API key).</summary>
public sealed class ApiAntiforgeryOptions
{
    public HashSet<string> ExemptWhenHeaderPresent { get; } = new(StringComparer.OrdinalIgnoreCase);
}
