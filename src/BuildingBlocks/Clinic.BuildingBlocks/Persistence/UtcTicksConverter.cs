using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Clinic.BuildingBlocks.Persistence;

/// <summary>Stores an instant as UTC ticks (SQLite only; see <see cref="ModuleModel"/>).</summary>
internal static class UtcTicksConverter
{
    public static readonly ValueConverter<DateTimeOffset, long> Instance = new(
        value => value.UtcTicks,
        ticks => new DateTimeOffset(ticks, TimeSpan.Zero));

    public static readonly ValueConverter<DateTimeOffset?, long?> Nullable = new(
        value => value.HasValue ? value.Value.UtcTicks : null,
        ticks => ticks.HasValue ? new DateTimeOffset(ticks.Value, TimeSpan.Zero) : null);
}
