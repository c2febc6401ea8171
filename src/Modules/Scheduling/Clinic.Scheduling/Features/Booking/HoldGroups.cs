using Clinic.BuildingBlocks.Errors;
using Clinic.Scheduling.Contracts.Booking;
using Clinic.Scheduling.Domain.Appointments;
using Clinic.Scheduling.Domain.Policies;
using Clinic.Scheduling.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Features.Booking;

/// <summary>
/// What a group of holds (one booking to be, ADR 0012) is and asks of the patient's card: the same answer for the
/// card step (Wallet asks) and for the confirm path (which refuses a booking whose card is not secured).
/// </summary>
internal static class HoldGroups
{
    /// <summary>The caller's live holds, in the order given; a wrong token is "not found", a lapsed hold a conflict.</summary>
    public static async Task<List<SlotHold>> LiveHoldsAsync(
        SchedulingDbContext db, IReadOnlyList<(Guid HoldId, string HoldToken)> requested, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = requested.Select(h => h.HoldId).ToList();
        var holds = await db.SlotHolds.Where(h => ids.Contains(h.Id)).ToListAsync(cancellationToken);
        foreach (var (holdId, token) in requested)
        {
            var hold = holds.SingleOrDefault(h => h.Id == holdId);
            if (hold is null || !hold.IsHeldBy(token))
            {
                throw new NotFoundException("Hold", holdId);
            }

            if (hold.IsExpired(now))
            {
                throw new ConflictException("Your hold on this time has expired. Please choose the time again.");
            }
        }

        return requested.Select(r => holds.Single(h => h.Id == r.HoldId)).ToList();
    }

    /// <summary>The deposit the held services ask, the fees of the policy the booking would accept, and how long the holds can live.</summary>
    public static async Task<HoldGroupTerms> TermsAsync(SchedulingDbContext db, IReadOnlyList<SlotHold> holds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var serviceIds = holds.SelectMany(h => h.ServiceIds).Distinct().ToList();
        var services = await db.Services.AsNoTracking().Where(s => serviceIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var locationIds = holds.Select(h => h.LocationId).Distinct().ToList();
        var locations = await db.Locations.AsNoTracking().Where(l => locationIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, cancellationToken);
        var policy = await db.CurrentCancellationPolicyAsync(now, cancellationToken);
        var settings = await db.BookingSettingsAsync(cancellationToken);
        var visits = holds.Select(h => new HeldVisit(
            h.Id,
            string.Join(" + ", h.ServiceIds.Select(id => services[id].Name)),
            h.StartsAt,
            locations[h.LocationId].TimeZoneId,
            locations[h.LocationId].Name,
            h.ServiceIds.Sum(id => services[id].DepositAmountMinor ?? 0))).ToList();
        return new HoldGroupTerms(
            HoldGroup.Of(holds.Select(h => h.Id)).Key,
            holds.Min(h => h.ExpiresAt),
            holds.Min(h => settings.HoldLatestExpiry(h.PlacedAt)),
            visits.Sum(v => v.DepositMinor),
            services.Values.First().Currency,
            policy.LateFeeKind != LateFeeKind.None,
            policy.NoShowFeeMinor,
            visits);
    }
}
