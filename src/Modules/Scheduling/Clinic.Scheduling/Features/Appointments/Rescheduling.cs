using Clinic.BuildingBlocks.Errors;
using Clinic.Scheduling.Contracts.Appointments;
using Clinic.Scheduling.Features.Booking;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Features.Appointments;

/// <summary>
/// Moving an appointment: the old time is freed and the new one claimed in the same transaction, so the
/// appointment is never lost and never double-booked (a clash rolls everything back).
/// </summary>
internal static class Rescheduling
{
    public static async Task<AppointmentDetails> MoveAsync(
        AppointmentWorkflow workflow, Guid appointmentId, DateTimeOffset newStart, Guid? newProviderId, Guid? replacedHoldId, CancellationToken cancellationToken)
    {
        DateTimeOffset previousStart = default, previousEnd = default;
        return await workflow.ChangeAsync(
            appointmentId,
            async appointment =>
            {
                var providerId = newProviderId ?? appointment.ProviderId;
                if (providerId != appointment.ProviderId)
                {
                    var provider = await workflow.Db.Providers.AsNoTracking().SingleOrDefaultAsync(p => p.Id == providerId && p.IsActive, cancellationToken)
                        ?? throw new NotFoundException("Provider", providerId);
                    if (!provider.WorksAt(appointment.LocationId) || appointment.Services.Any(s => !provider.Performs(s.ServiceId)))
                    {
                        throw new BusinessRuleException($"{provider.DisplayName} does not perform these services at this location.");
                    }
                }

                previousStart = appointment.StartsAt;
                previousEnd = appointment.EndsAt;
                await ProviderTime.ReleaseAsync(workflow.Db, appointment.Id, cancellationToken);
                if (replacedHoldId is { } holdId)
                {
                    await ProviderTime.ReleaseAsync(workflow.Db, holdId, cancellationToken);
                    await workflow.Db.SlotHolds.Where(h => h.Id == holdId).ExecuteDeleteAsync(cancellationToken);
                }

                appointment.Reschedule(newStart, providerId, workflow.Now, workflow.Actor);
                await ProviderTime.ClaimAsync(workflow.Db, providerId, appointment.StartsAt, appointment.OccupiedUntil, appointment.Id, null, workflow.Now, cancellationToken);
            },
            (_, snapshot) => new AppointmentRescheduled(snapshot, previousStart, previousEnd) { OccurredAt = workflow.Now },
            cancellationToken);
    }
}
