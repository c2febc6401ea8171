using Clinic.BuildingBlocks.Errors;
using Clinic.BuildingBlocks.Security;
using Clinic.Scheduling.Domain.Appointments;
using Clinic.Scheduling.Features.Availability;
using Clinic.Scheduling.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Features.Booking.PlaceSlotHold;

internal sealed class PlaceSlotHoldHandler(SchedulingDbContext db, AvailabilityReader availability, TimeProvider clock)
    : IRequestHandler<PlaceSlotHold, SlotHoldResponse>
{
    public async ValueTask<SlotHoldResponse> Handle(PlaceSlotHold command, CancellationToken cancellationToken)
    {
        // The same rules the search applied (hours, notice, horizon, who performs what) decide whether the time can be held.
        var location = await db.Locations.AsNoTracking().SingleOrDefaultAsync(l => l.Id == command.LocationId, cancellationToken)
            ?? throw new NotFoundException("Location", command.LocationId);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(location.TimeZoneId);
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(command.StartsAt, zone).DateTime);
        var result = await availability.ReadAsync(new AvailabilityRequest(command.LocationId, command.ServiceIds, command.ProviderId, date, date), cancellationToken);
        var slot = result.Days.SelectMany(d => d.Slots).FirstOrDefault(s => s.StartsAt == command.StartsAt)
            ?? throw new ConflictException("This time is no longer available. Please choose another time.");

        var providerId = command.ProviderId ?? slot.SuggestedProviderId;
        var start = command.StartsAt.ToUniversalTime();
        var end = start.AddMinutes(result.Time.TreatmentMinutes);
        var occupiedUntil = start.AddMinutes(result.Time.OccupiedMinutes);
        var settings = await db.BookingSettingsAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var token = SecretToken.New();
        var hold = SlotHold.Place(providerId, location.Id, command.ServiceIds, start, end, occupiedUntil, settings.HoldExpiry(now), SecretToken.Hash(token), now);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.ClaimProviderTimeAsync(providerId, start, occupiedUntil, hold.Id, hold.ExpiresAt, now, cancellationToken);
        db.SlotHolds.Add(hold);
        await db.SaveOrConflictAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var provider = result.Providers.Single(p => p.Id == providerId);
        return new SlotHoldResponse(hold.Id, token, hold.ExpiresAt, providerId, provider.DisplayName, location.Id, location.TimeZoneId,
            TimeZoneInfo.ConvertTime(start, zone), TimeZoneInfo.ConvertTime(end, zone), hold.ServiceIds);
    }
}
