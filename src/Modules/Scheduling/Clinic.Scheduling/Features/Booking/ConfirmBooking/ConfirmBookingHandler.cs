using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Errors;
using Clinic.BuildingBlocks.Idempotency;
using Clinic.BuildingBlocks.Operations;
using Clinic.BuildingBlocks.Outbox;
using Clinic.BuildingBlocks.Persistence;
using Clinic.Identity.Contracts;
using Clinic.Scheduling.Contracts.Appointments;
using Clinic.Scheduling.Contracts.Booking;
using Clinic.Wallet.Contracts.Booking;
using Clinic.Scheduling.Domain.Appointments;
using Clinic.Scheduling.Domain.Catalog;
using Clinic.Scheduling.Features.Appointments;
using Clinic.Scheduling.Integration;
using Clinic.Scheduling.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Features.Booking.ConfirmBooking;

/// <summary>
/// The confirm path (ADR 0012): every check first (holds, then the patient through Identity), then one Scheduling
/// transaction that turns the holds into appointments with their events. What Identity is asked to write before that
/// transaction is keyed, so a retry of the same booking repeats it harmlessly: the phone proof is used up for this
/// hold group (another booking cannot use it, this one can ask again), and the patient's profile is found or created
/// by email. Nothing crosses to another module while the transaction is open, and nothing after it.
/// </summary>
internal sealed class ConfirmBookingHandler(SchedulingDbContext db, ISender identity, ICurrentUser user, ClinicMetrics metrics, TimeProvider clock)
    : IRequestHandler<ConfirmBooking, BookingConfirmation>
{
    private const string Operation = nameof(ConfirmBooking);

    public async ValueTask<BookingConfirmation> Handle(ConfirmBooking command, CancellationToken cancellationToken)
    {
        var replay = await IdempotentCommand.FindReplayAsync<ConfirmBooking, BookingConfirmation>(db, Operation, command.IdempotencyKey, command, cancellationToken);
        if (replay is not null)
        {
            return replay;
        }

        var now = clock.GetUtcNow();
        var holds = await HoldGroups.LiveHoldsAsync(db, command.Holds.Select(h => (h.HoldId, h.HoldToken)).ToList(), now, cancellationToken);
        var group = HoldGroup.Of(holds.Select(h => h.Id));
        var terms = await HoldGroups.TermsAsync(db, holds, now, cancellationToken);
        var payment = await SecuredPaymentAsync(terms, cancellationToken);
        var patient = await ResolvePatientAsync(command, group, cancellationToken);
        var contact = patient.Contact;

        var catalog = await LoadCatalogAsync(holds, cancellationToken);
        var policy = await db.CurrentCancellationPolicyAsync(now, cancellationToken);
        // Read before the write transaction so the provider-time lock is held only for the writes. Two first
        // bookings of one new patient racing could both say "first"; the welcome email is idempotent anyway.
        var isFirstBooking = patient.IsNew || !await ConfirmBookingQueries.HasAppointments(db, contact.PatientId, cancellationToken);
        // Everything is built and staged before the write transaction: bookings queue for SQLite's one write turn per
        // file, so only the statements themselves run while it is held (issue 19).
        var booked = new List<(SlotHold Hold, Appointment Appointment, AppointmentSnapshot Snapshot)>();
        foreach (var hold in holds)
        {
            var lines = hold.ServiceIds.Select((id, position) => AppointmentService.Of(position, catalog.Services[id])).ToList();
            var appointment = Appointment.Book(contact.PatientId, contact.FullName, hold.ProviderId, hold.LocationId, hold.StartsAt, lines, policy.Version, now, "patient",
                command.Notes, payment is null ? null : group.Key);
            db.SlotHolds.Remove(hold);
            db.Appointments.Add(appointment);
            var snapshot = AppointmentSnapshots.Of(appointment, contact, catalog.Locations[hold.LocationId], hold.ProviderId, catalog.ProviderNames[hold.ProviderId]);
            db.Publish(new AppointmentBooked(snapshot, IsPatientsFirstBooking: isFirstBooking && booked.Count == 0, BookedByStaff: false)
            {
                OccurredAt = now,
                Payment = payment is null ? null : new BookingPaymentReference(group.Key, payment.Reference!, terms.Visits.Single(v => v.HoldId == hold.Id).DepositMinor),
            });
            booked.Add((hold, appointment, snapshot));
        }

        var confirmation = new BookingConfirmation(contact.PatientId, patient.IsNew, booked.Select(b => ToBooked(b.Appointment, b.Snapshot)).ToList());
        IdempotentCommand.Remember(db, Operation, command.IdempotencyKey, command, confirmation, now);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // A failed save rolls the whole transaction back below, so EF's savepoint around SaveChanges would only add two
        // statements to the time every other booking waits for the write turn.
        db.Database.AutoSavepointsEnabled = false;
        foreach (var (hold, appointment, _) in booked)
        {
            if (!await db.HandOverProviderTimeAsync(hold.Id, appointment.Id, cancellationToken))
            {
                throw new ConflictException("Your hold on this time has expired and the time was taken. Please choose another time.");
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            metrics.AppointmentsBooked.Add(booked.Count, new KeyValuePair<string, object?>(ClinicMetrics.BookedByTag, "patient"));
        }
        catch (DbUpdateException ex) when (command.IdempotencyKey is not null && UniqueConstraint.IsViolation(ex))
        {
            // The same key was confirmed concurrently and committed first: answer as that request did.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return await IdempotentCommand.FindReplayAsync<ConfirmBooking, BookingConfirmation>(db, Operation, command.IdempotencyKey, command, cancellationToken)
                ?? throw new ConflictException("This booking is being confirmed by another request.");
        }

        return confirmation;
    }

    /// <summary>
    /// A booking that asks for a deposit, or falls under a policy with fees, is secured by a validated card first
    /// (OB8, ADR 0012 c): Wallet is asked, read-only, whether the card step of this hold group is done. Null when no
    /// card is needed.
    /// </summary>
    private async Task<BookingPaymentState?> SecuredPaymentAsync(HoldGroupTerms terms, CancellationToken cancellationToken)
    {
        if (!terms.CardRequired)
        {
            return null;
        }

        var payment = await identity.Send(new GetBookingPayment(terms.HoldKey), cancellationToken);
        return payment.Secured
            ? payment
            : throw new CardRequiredException();
    }

    /// <summary>
    /// A signed-in patient books into their own profile (the session says who they are, whatever the body says;
    /// their account already proved who they are, so no SMS code). A guest uses up their phone proof for this hold
    /// group when the clinic asks for one, then is matched or created by email.
    /// </summary>
    private async Task<EnsuredPatientProfile> ResolvePatientAsync(ConfirmBooking command, HoldGroup group, CancellationToken cancellationToken)
    {
        if (user.PatientId is { } signedIn)
        {
            return new EnsuredPatientProfile(await identity.Send(new GetPatientContact(signedIn), cancellationToken), IsNew: false);
        }

        var details = command.Patient
            ?? throw new BusinessRuleException("Enter your name, email and mobile number to book.");
        var policy = await identity.Send(new GetPhoneVerificationPolicy(), cancellationToken);
        if (policy.Required && (command.PhoneVerificationToken is null
                                || !await identity.Send(new ConsumePhoneVerificationToken(command.PhoneVerificationToken, details.Phone, $"booking:{group.Key}"), cancellationToken)))
        {
            throw new BusinessRuleException("Confirm your mobile number with the code we sent by SMS before booking.");
        }

        return await identity.Send(new EnsurePatientProfile(details.FirstName.Trim(), details.LastName.Trim(), details.Email.Trim(), details.Phone, details.Language), cancellationToken);
    }

    private async Task<BookingCatalog> LoadCatalogAsync(List<SlotHold> holds, CancellationToken cancellationToken)
    {
        var serviceIds = holds.SelectMany(h => h.ServiceIds).Distinct().ToArray();
        var locationIds = holds.Select(h => h.LocationId).Distinct().ToArray();
        var providerIds = holds.Select(h => h.ProviderId).Distinct().ToArray();
        return new BookingCatalog(
            await ConfirmBookingQueries.Services(db, serviceIds).ToDictionaryAsync(s => s.Id, cancellationToken: cancellationToken),
            await ConfirmBookingQueries.Locations(db, locationIds).ToDictionaryAsync(l => l.Id, cancellationToken: cancellationToken),
            await ConfirmBookingQueries.ProviderNames(db, providerIds).ToDictionaryAsync(p => p.Id, p => p.DisplayName, cancellationToken: cancellationToken));
    }

    private static BookedAppointment ToBooked(Appointment appointment, AppointmentSnapshot snapshot)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(snapshot.TimeZone);
        return new BookedAppointment(appointment.Id, snapshot.LocationId, snapshot.LocationName, snapshot.LocationAddress, snapshot.TimeZone,
            snapshot.ProviderId, snapshot.ProviderName, TimeZoneInfo.ConvertTime(appointment.StartsAt, zone), TimeZoneInfo.ConvertTime(appointment.EndsAt, zone),
            appointment.Services.Select(BookedService.From).ToList(), AppointmentSnapshots.CalendarUrl(appointment));
    }

    private sealed record BookingCatalog(Dictionary<Guid, Service> Services, Dictionary<Guid, Location> Locations, Dictionary<Guid, string> ProviderNames);
}
