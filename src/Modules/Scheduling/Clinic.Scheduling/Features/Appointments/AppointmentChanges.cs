using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Errors;
using Clinic.BuildingBlocks.Outbox;
using Clinic.Scheduling.Contracts.Appointments;
using Clinic.Scheduling.Domain.Appointments;
using Clinic.Scheduling.Domain.Catalog;
using Clinic.Scheduling.Domain.Policies;
using Clinic.Scheduling.Integration;
using Clinic.Scheduling.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Features.Appointments;

/// <summary>
/// Stores a change of an appointment — decided by the domain beforehand — with the event that announces it, in one
/// transaction (state + outbox). The patient's contact for the event is read from Identity first, so no other module
/// is called while the transaction is open; the appointment's revision refuses a change made by someone else in the
/// meantime (409). Staff's and patients' use cases share it.
/// </summary>
internal sealed class AppointmentChanges(SchedulingDbContext db, AppointmentSnapshots snapshots, ICurrentUser user, TimeProvider clock)
{
    /// <summary>Loads the appointment, applies <paramref name="change"/> (a domain method) and stores it with its event.</summary>
    public async Task<AppointmentDetails> ApplyAsync(
        Guid appointmentId, Action<Appointment, DateTimeOffset, string> change, Func<AppointmentSnapshot, DateTimeOffset, IIntegrationEvent> announce,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var appointment = await db.AppointmentAsync(appointmentId, cancellationToken);
        change(appointment, now, user.DisplayName);
        return await SaveAsync(appointment, snapshot => announce(snapshot, now), providerTime: null, cancellationToken);
    }

    /// <summary>Cancels under the policy the patient accepted (it decides late and fee) and frees the provider's time.</summary>
    public async Task<AppointmentDetails> CancelAsync(
        Appointment appointment, CancellationPolicy accepted, bool byPatient, bool chargeLateFee, string? reason, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        appointment.Cancel(accepted, now, user.DisplayName, chargeLateFee, reason);
        return await SaveAsync(
            appointment,
            snapshot => new AppointmentCancelled(
                snapshot, byPatient, appointment.CancelledLate == true, appointment.CancellationFeeMinor, appointment.Currency, appointment.PolicyVersion)
            {
                OccurredAt = now,
            },
            () => db.ReleaseProviderTimeAsync(appointment.Id, cancellationToken),
            cancellationToken);
    }

    /// <summary>
    /// Moves the appointment: its old time is freed and the new one claimed in the same transaction, so it is never
    /// lost and never double-booked (a clash rolls everything back). A patient's move replaces the hold they placed on
    /// the new time.
    /// </summary>
    public async Task<AppointmentDetails> RescheduleAsync(
        Appointment appointment, DateTimeOffset newStart, Guid providerId, Guid? replacedHoldId, CancellationToken cancellationToken)
    {
        // Another provider must be active; the appointment's own may have been deactivated since, and keeps it.
        var provider = await db.Providers.AsNoTracking()
            .SingleOrDefaultAsync(p => p.Id == providerId && (p.IsActive || p.Id == appointment.ProviderId), cancellationToken)
            ?? throw new NotFoundException("Provider", providerId);
        var now = clock.GetUtcNow();
        var (previousStart, previousEnd) = (appointment.StartsAt, appointment.EndsAt);
        appointment.Reschedule(newStart, provider, now, user.DisplayName);
        return await SaveAsync(
            appointment,
            snapshot => new AppointmentRescheduled(snapshot, previousStart, previousEnd) { OccurredAt = now },
            async () =>
            {
                await db.ReleaseProviderTimeAsync(appointment.Id, cancellationToken);
                if (replacedHoldId is { } holdId)
                {
                    await db.ReleaseProviderTimeAsync(holdId, cancellationToken);
                    await db.SlotHolds.Where(h => h.Id == holdId).ExecuteDeleteAsync(cancellationToken);
                }

                await db.ClaimProviderTimeAsync(provider.Id, appointment.StartsAt, appointment.OccupiedUntil, appointment.Id, null, now, cancellationToken);
            },
            cancellationToken);
    }

    public async Task<AppointmentDetails> DetailsAsync(Appointment appointment, CancellationToken cancellationToken)
    {
        var (location, provider) = await WhereAndWhoAsync(appointment, cancellationToken);
        return AppointmentDetails.From(appointment, location, provider);
    }

    // providerTime claims or frees provider time (cells) inside the transaction, when the change moves or frees it.
    private async Task<AppointmentDetails> SaveAsync(
        Appointment appointment, Func<AppointmentSnapshot, IIntegrationEvent> announce, Func<Task>? providerTime, CancellationToken cancellationToken)
    {
        var contact = await snapshots.ContactAsync(appointment.PatientId, cancellationToken);
        var (location, provider) = await WhereAndWhoAsync(appointment, cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (providerTime is not null)
        {
            await providerTime();
        }

        db.Publish(announce(AppointmentSnapshots.Of(appointment, contact, location, provider)));
        await db.SaveOrConflictAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return AppointmentDetails.From(appointment, location, provider);
    }

    private async Task<(Location Location, Provider Provider)> WhereAndWhoAsync(Appointment appointment, CancellationToken cancellationToken) => (
        await db.Locations.AsNoTracking().SingleAsync(l => l.Id == appointment.LocationId, cancellationToken),
        await db.Providers.AsNoTracking().SingleAsync(p => p.Id == appointment.ProviderId, cancellationToken));
}
