using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Errors;
using Clinic.BuildingBlocks.Outbox;
using Clinic.Identity.Contracts;
using Clinic.Scheduling.Contracts.Appointments;
using Clinic.Scheduling.Domain.Appointments;
using Clinic.Scheduling.Features.Booking;
using Clinic.Scheduling.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Features.Appointments;

/// <summary>What every appointment action needs: the appointment, who is acting, now, and the snapshot its event carries.</summary>
internal sealed class AppointmentWorkflow(SchedulingDbContext db, ISender identity, ICurrentUser user, TimeProvider clock)
{
    public SchedulingDbContext Db => db;

    public DateTimeOffset Now => clock.GetUtcNow();

    public string Actor => user.DisplayName;

    public async Task<Appointment> LoadAsync(Guid appointmentId, CancellationToken cancellationToken) =>
        await db.Appointments.Include(a => a.Changes).SingleOrDefaultAsync(a => a.Id == appointmentId, cancellationToken)
        ?? throw new NotFoundException("Appointment", appointmentId);

    /// <summary>
    /// Applies a change and stores it with its event in one transaction. <paramref name="change"/> may also
    /// claim or free provider time (cells), which is why the transaction spans more than SaveChanges.
    /// </summary>
    public async Task<AppointmentDetails> ChangeAsync(
        Guid appointmentId, Func<Appointment, Task> change, Func<Appointment, AppointmentSnapshot, IIntegrationEvent> raise, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var appointment = await LoadAsync(appointmentId, cancellationToken);
        await change(appointment);
        db.Publish(raise(appointment, await SnapshotAsync(appointment, cancellationToken)));
        await ProviderTime.SaveOrConflictAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await DetailsAsync(appointment, cancellationToken);
    }

    public async Task<AppointmentSnapshot> SnapshotAsync(Appointment appointment, CancellationToken cancellationToken)
    {
        var location = await db.Locations.AsNoTracking().SingleAsync(l => l.Id == appointment.LocationId, cancellationToken);
        var provider = await db.Providers.AsNoTracking().SingleAsync(p => p.Id == appointment.ProviderId, cancellationToken);
        var contact = await identity.Send(new GetPatientContact(appointment.PatientId), cancellationToken);
        return Snapshots.Of(appointment, contact, location, provider);
    }

    public async Task<AppointmentDetails> DetailsAsync(Appointment appointment, CancellationToken cancellationToken)
    {
        var location = await db.Locations.AsNoTracking().SingleAsync(l => l.Id == appointment.LocationId, cancellationToken);
        var provider = await db.Providers.AsNoTracking().SingleAsync(p => p.Id == appointment.ProviderId, cancellationToken);
        return AppointmentDetails.From(appointment, location, provider);
    }
}
