using System.Globalization;
using FluentValidation;

namespace Clinic.Scheduling.Features.Availability.ListAvailableDates;

internal sealed class ListAvailableDatesValidator : AbstractValidator<ListAvailableDates>
{
    public ListAvailableDatesValidator()
    {
        AvailabilityRequestRules.AddCartRules(this, r => r.LocationId, r => r.ServiceIds);
        RuleFor(r => r.Month).Must(month => TryParseMonth(month, out _)).WithMessage("Give the month as yyyy-MM, for example 2026-12.");
    }

    public static bool TryParseMonth(string? month, out DateOnly firstDay) =>
        DateOnly.TryParseExact($"{month}-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out firstDay);
}
