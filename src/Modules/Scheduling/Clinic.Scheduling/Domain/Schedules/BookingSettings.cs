namespace Clinic.Scheduling.Domain.Schedules;

/// <summary>The clinic's online-booking rules. One row; created with defaults on first read.</summary>
internal sealed class BookingSettings
{
    public static readonly Guid SingletonId = new("5c1e7f0a-0000-4000-8000-000000000001");

    private BookingSettings() { }

    public Guid Id { get; private set; } = SingletonId;

    /// <summary>Spacing of offered start times, on the local wall clock from midnight.</summary>
    public int SlotIntervalMinutes { get; private set; } = 15;

    /// <summary>How soon before a start time it can still be booked online.</summary>
    public int MinimumNoticeMinutes { get; private set; } = 120;

    /// <summary>How many days ahead (from today at the location) patients can book.</summary>
    public int HorizonDays { get; private set; } = 90;

    public ProviderChoiceMode ProviderChoice { get; private set; } = ProviderChoiceMode.SpecificOrFirstAvailable;

    /// <summary>How long a chosen time is kept for a patient who is finishing the booking.</summary>
    public int HoldMinutes { get; private set; } = 10;

    public static BookingSettings Defaults() => new();

    public void Update(int slotIntervalMinutes, int minimumNoticeMinutes, int horizonDays, ProviderChoiceMode providerChoice, int holdMinutes)
    {
        HoldMinutes = holdMinutes;
        SlotIntervalMinutes = slotIntervalMinutes;
        MinimumNoticeMinutes = minimumNoticeMinutes;
        HorizonDays = horizonDays;
        ProviderChoice = providerChoice;
    }
}
