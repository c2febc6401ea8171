using Clinic.Scheduling.Domain.Appointments;
using Clinic.Scheduling.Features.Availability;
using FluentValidation;

namespace Clinic.Scheduling.Features.Booking.PlaceSlotHold;

internal sealed class PlaceSlotHoldValidator : AbstractValidator<PlaceSlotHold>
{
    public PlaceSlotHoldValidator()
    {
        AvailabilityRequestRules.AddCartRules(this, h => h.LocationId, h => h.ServiceIds);
        RuleFor(h => h.StartsAt).Must(ProviderTimeCell.IsAligned).WithMessage("Choose one of the offered start times.");
    }
}
