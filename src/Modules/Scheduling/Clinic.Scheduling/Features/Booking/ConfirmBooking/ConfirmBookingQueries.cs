using Clinic.Scheduling.Domain.Appointments;
using Clinic.Scheduling.Domain.Catalog;
using Clinic.Scheduling.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Features.Booking.ConfirmBooking;

/// <summary>
/// The confirm path's reads, compiled once. A LINQ query is otherwise taken apart on every call to find its cached plan
/// and its parameters: with about ten reads per confirmation, a visible share of a booking's CPU in issue 19's profile
/// of a launch campaign's burst of bookings.
/// </summary>
internal static class ConfirmBookingQueries
{
    public static readonly Func<SchedulingDbContext, Guid[], IAsyncEnumerable<Service>> Services =
        EF.CompileAsyncQuery((SchedulingDbContext db, Guid[] ids) => db.Services.AsNoTracking().Where(s => ids.Contains(s.Id)));

    public static readonly Func<SchedulingDbContext, Guid[], IAsyncEnumerable<Location>> Locations =
        EF.CompileAsyncQuery((SchedulingDbContext db, Guid[] ids) => db.Locations.AsNoTracking().Where(l => ids.Contains(l.Id)));

    /// <summary>Only the names: a provider's entity brings its services and locations, which a booking does not need.</summary>
    public static readonly Func<SchedulingDbContext, Guid[], IAsyncEnumerable<ProviderName>> ProviderNames =
        EF.CompileAsyncQuery((SchedulingDbContext db, Guid[] ids) => db.Providers.Where(p => ids.Contains(p.Id)).Select(p => new ProviderName(p.Id, p.DisplayName)));

    public static readonly Func<SchedulingDbContext, Guid, CancellationToken, Task<bool>> HasAppointments =
        EF.CompileAsyncQuery((SchedulingDbContext db, Guid patientId, CancellationToken _) => db.Appointments.Any(a => a.PatientId == patientId));

    public sealed record ProviderName(Guid Id, string DisplayName);
}
