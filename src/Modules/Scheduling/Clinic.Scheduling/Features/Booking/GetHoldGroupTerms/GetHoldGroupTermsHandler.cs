using Clinic.Scheduling.Contracts.Booking;
using Clinic.Scheduling.Persistence;
using Mediator;

namespace Clinic.Scheduling.Features.Booking.GetHoldGroupTerms;

/// <summary>Wallet's question for the card step: what does this held booking ask of the card? Read-only.</summary>
internal sealed class GetHoldGroupTermsHandler(SchedulingDbContext db, TimeProvider clock) : IRequestHandler<Contracts.Booking.GetHoldGroupTerms, HoldGroupTerms>
{
    public async ValueTask<HoldGroupTerms> Handle(Contracts.Booking.GetHoldGroupTerms request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var holds = await HoldGroups.LiveHoldsAsync(db, request.Holds.Select(h => (h.HoldId, h.HoldToken)).ToList(), now, cancellationToken);
        return await HoldGroups.TermsAsync(db, holds, now, cancellationToken);
    }
}
