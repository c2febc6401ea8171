using Clinic.BuildingBlocks.Errors;

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

    /// <summary>How long before its booked time staff may start an appointment without giving a reason.</summary>
    public int EarlyStartMinutes { get; private set; } = 30;

    public static BookingSettings Defaults() => new();

    /// <summary>From when an appointment starting at <paramref name="startsAt"/> may be started without an override.</summary>
    public DateTimeOffset StartableFrom(DateTimeOffset startsAt) => startsAt.AddMinutes(-EarlyStartMinutes);

    /// <summary>The patient's choice of provider (null: first available) must fit the clinic's provider-choice mode (OB6).</summary>
    public void EnsureProviderChoice(Guid? providerId)
    {
        if (providerId is null && ProviderChoice == ProviderChoiceMode.SpecificOnly)
        {
            throw new BusinessRuleException("This clinic asks patients to choose a provider. Pick one to see their availability.");
        }

        if (providerId is not null && ProviderChoice == ProviderChoiceMode.FirstAvailableOnly)
        {
            throw new BusinessRuleException("This clinic assigns the first available provider; leave the provider empty.");
        }
    }

    /// <summary>
    /// The part of [<paramref name="from"/>, <paramref name="to"/>] patients may book online, seen from
    /// <paramref name="today"/> at the location: nothing before today, nothing past the horizon. Empty when
    /// First &gt; Last; a range that starts past the horizon is refused, saying until when booking is open.
    /// </summary>
    public (DateOnly First, DateOnly Last) BookableDates(DateOnly today, DateOnly from, DateOnly to)
    {
        var lastBookable = today.AddDays(HorizonDays);
        if (from > lastBookable)
        {
            throw new BusinessRuleException($"Online booking is open until {lastBookable:yyyy-MM-dd} ({HorizonDays} days ahead). Choose an earlier date.");
        }

        return (from < today ? today : from, to > lastBookable ? lastBookable : to);
    }

    /// <summary>The earliest start time that can still be booked online now.</summary>
    public DateTimeOffset EarliestStart(DateTimeOffset now) => now.AddMinutes(MinimumNoticeMinutes);

    /// <summary>When a hold placed now lapses.</summary>
    public DateTimeOffset HoldExpiry(DateTimeOffset now) => now.AddMinutes(HoldMinutes);

    /// <summary>
    /// The latest a hold placed at <paramref name="placedAt"/> can be kept, extensions included: three hold periods
    /// and at least half an hour, enough for a bank's check, not enough to sit on a time others want.
    /// </summary>
    public DateTimeOffset HoldLatestExpiry(DateTimeOffset placedAt) => placedAt.AddMinutes(Math.Max(3 * HoldMinutes, 30));

    public void Update(int slotIntervalMinutes, int minimumNoticeMinutes, int horizonDays, ProviderChoiceMode providerChoice, int holdMinutes, int earlyStartMinutes)
    {
        EarlyStartMinutes = earlyStartMinutes;
        HoldMinutes = holdMinutes;
        SlotIntervalMinutes = slotIntervalMinutes;
        MinimumNoticeMinutes = minimumNoticeMinutes;
        HorizonDays = horizonDays;
        ProviderChoice = providerChoice;
    }
}
