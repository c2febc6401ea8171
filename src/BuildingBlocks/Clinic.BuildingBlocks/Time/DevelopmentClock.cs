using Clinic.BuildingBlocks.Adapters;

namespace Clinic.BuildingBlocks.Time;

/// <summary>
/// The clinic's clock started at a configured instant (<c>Clock:StartAt</c>) and running at real speed, so a
/// development host or a browser test can live on any day — the night clocks change, New Year's Eve —
/// without touching the machine's clock. Timers and delays keep real durations. A development adapter:
/// Production refuses to start on it.
/// </summary>
public sealed class DevelopmentClock : TimeProvider, IDevelopmentAdapter
{
    public const string StartAtKey = "Clock:StartAt";

    private readonly TimeSpan offset;

    public DevelopmentClock(DateTimeOffset startAt, TimeProvider realClock)
    {
        RealClock = realClock;
        offset = startAt - realClock.GetUtcNow();
    }

    private TimeProvider RealClock { get; }

    public override DateTimeOffset GetUtcNow() => RealClock.GetUtcNow() + offset;

    public override TimeZoneInfo LocalTimeZone => RealClock.LocalTimeZone;

    public override long TimestampFrequency => RealClock.TimestampFrequency;

    public override long GetTimestamp() => RealClock.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        RealClock.CreateTimer(callback, state, dueTime, period);
}
