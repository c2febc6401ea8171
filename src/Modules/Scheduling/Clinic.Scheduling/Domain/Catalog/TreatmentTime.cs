namespace Clinic.Scheduling.Domain.Catalog;

/// <summary>
/// How long services done back to back take. The treatment ends when the last service ends (the buffers between
/// services are inside it); the provider is busy until the last buffer is over too.
/// </summary>
internal readonly record struct TreatmentTime(int TreatmentMinutes, int OccupiedMinutes)
{
    public static TreatmentTime Of(IEnumerable<(int DurationMinutes, int BufferMinutes)> steps)
    {
        var ordered = steps.ToList();
        var occupied = ordered.Sum(s => s.DurationMinutes + s.BufferMinutes);
        return new TreatmentTime(ordered.Count == 0 ? 0 : occupied - ordered[^1].BufferMinutes, occupied);
    }
}
