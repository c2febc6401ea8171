using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Errors;
using Clinic.BuildingBlocks.Outbox;
using Clinic.Scheduling.Contracts.Appointments;
using Clinic.Scheduling.Domain.Appointments;
using Clinic.Scheduling.Integration;
using Clinic.Scheduling.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Features.Appointments.BookForPatient;

internal sealed class BookForPatientHandler(SchedulingDbContext db, AppointmentSnapshots snapshots, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<BookForPatient, AppointmentDetails>
{
    public async ValueTask<AppointmentDetails> Handle(BookForPatient command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var contact = await snapshots.ContactAsync(command.PatientId, cancellationToken);
        var location = await db.Locations.AsNoTracking().SingleOrDefaultAsync(l => l.Id == command.LocationId, cancellationToken)
            ?? throw new NotFoundException("Location", command.LocationId);
        var provider = await db.Providers.AsNoTracking().SingleOrDefaultAsync(p => p.Id == command.ProviderId && p.IsActive, cancellationToken)
            ?? throw new NotFoundException("Provider", command.ProviderId);
        var services = await db.Services.AsNoTracking().Where(s => command.ServiceIds.Contains(s.Id) && s.IsActive).ToDictionaryAsync(s => s.Id, cancellationToken);
        var missing = command.ServiceIds.FirstOrDefault(id => !services.ContainsKey(id));
        if (missing != Guid.Empty)
        {
            throw new NotFoundException("Service", missing);
        }

        var notPerformed = command.ServiceIds.Where(id => !provider.Performs(id)).Select(id => services[id].Name).ToList();
        if (!provider.WorksAt(location.Id) || notPerformed.Count > 0)
        {
            throw new BusinessRuleException(notPerformed.Count > 0
                ? $"{provider.DisplayName} does not perform {string.Join(", ", notPerformed)}."
                : $"{provider.DisplayName} does not work at {location.Name}.");
        }

        var policy = await db.CurrentCancellationPolicyAsync(now, cancellationToken);
        var lines = command.ServiceIds.Select((id, position) => AppointmentService.Of(position, services[id])).ToList();
        var appointment = Appointment.Book(contact.PatientId, contact.FullName, provider.Id, location.Id, command.StartsAt.ToUniversalTime(), lines,
            policy.Version, now, user.DisplayName, command.Notes);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var isFirstBooking = !await db.Appointments.AnyAsync(a => a.PatientId == contact.PatientId, cancellationToken);
        await db.ClaimProviderTimeAsync(provider.Id, appointment.StartsAt, appointment.OccupiedUntil, appointment.Id, null, now, cancellationToken);
        db.Appointments.Add(appointment);
        db.Publish(new AppointmentBooked(AppointmentSnapshots.Of(appointment, contact, location, provider), isFirstBooking, BookedByStaff: true) { OccurredAt = now });
        await db.SaveOrConflictAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return AppointmentDetails.From(appointment, location, provider);
    }
}
