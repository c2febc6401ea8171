using Clinic.BuildingBlocks.Outbox;
using Clinic.Identity.Contracts;
using Clinic.Identity.Domain.Accounts;
using Clinic.Identity.Features;
using Clinic.Identity.Features.Patients;
using Clinic.Identity.Persistence;
using Clinic.Scheduling.Contracts.Appointments;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Identity.Integration;

/// <summary>
/// PP1: a patient's first booking, while the clinic has email activation on, sends the welcome email
/// whose link lets them set a password — unless they already have a confirmed account.
/// </summary>
internal sealed class SendWelcomeEmailOnFirstBooking(IdentityDbContext db, TimeProvider clock, PatientDirectory patients, AccountLinks links)
    : IntegrationEventHandler<AppointmentBooked, IdentityDbContext>(db, clock)
{
    protected override async ValueTask HandleAsync(AppointmentBooked booked, CancellationToken cancellationToken)
    {
        if (!booked.IsPatientsFirstBooking
            || !await Db.PortalAccessSettings.Select(s => s.EmailActivationEnabled).SingleAsync(cancellationToken)
            || await patients.FindAsync(booked.Appointment.PatientId, cancellationToken) is not { Email: { } email } patient
            || await Db.Users.AnyAsync(u => u.PatientId == patient.Id && u.EmailConfirmed, cancellationToken))
        {
            return;
        }

        var link = await links.IssueAsync(AccountLinkPurpose.Activation, patient.Id, cancellationToken);
        patient.RecordWelcomeEmail(link.IssuedAt);
        Db.Publish(new PatientActivationRequested(patient.Id, email, patient.FullName, patient.PreferredLanguage, link.Url, link.ExpiresAt) { OccurredAt = link.IssuedAt });
    }
}
