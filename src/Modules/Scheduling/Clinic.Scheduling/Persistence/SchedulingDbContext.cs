using Clinic.BuildingBlocks.Errors;
using Clinic.BuildingBlocks.Idempotency;
using Clinic.BuildingBlocks.Persistence;
using Clinic.Scheduling.Domain.Appointments;
using Clinic.Scheduling.Domain.Catalog;
using Clinic.Scheduling.Domain.Policies;
using Clinic.Scheduling.Domain.Schedules;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Persistence;

/// <summary>Scheduling's own database. Handlers use this type; the engine-specific subclasses only carry migrations.</summary>
internal abstract class SchedulingDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<Location> Locations => Set<Location>();

    public DbSet<ServiceCategory> ServiceCategories => Set<ServiceCategory>();

    public DbSet<Service> Services => Set<Service>();

    public DbSet<Provider> Providers => Set<Provider>();

    public DbSet<WeeklyHours> WeeklyHours => Set<WeeklyHours>();

    public DbSet<ScheduleException> ScheduleExceptions => Set<ScheduleException>();

    public DbSet<BookingSettings> BookingSettings => Set<BookingSettings>();

    public DbSet<Appointment> Appointments => Set<Appointment>();

    public DbSet<SlotHold> SlotHolds => Set<SlotHold>();

    public DbSet<ProviderTimeCell> ProviderTimeCells => Set<ProviderTimeCell>();

    public DbSet<CancellationPolicy> CancellationPolicies => Set<CancellationPolicy>();

    // Read by every booking: compiled once.
    private static readonly Func<SchedulingDbContext, CancellationToken, Task<CancellationPolicy?>> CurrentPolicy =
        EF.CompileAsyncQuery<SchedulingDbContext, CancellationPolicy?>((db, _) => db.CancellationPolicies.AsNoTracking().OrderByDescending(p => p.Version).FirstOrDefault());

    public DbSet<AppointmentChange> AppointmentChanges => Set<AppointmentChange>();

    /// <summary>An appointment with its history, for a change; unknown ids are "not found".</summary>
    public async Task<Appointment> AppointmentAsync(Guid appointmentId, CancellationToken cancellationToken) =>
        await Appointments.Include(a => a.Changes).SingleOrDefaultAsync(a => a.Id == appointmentId, cancellationToken)
        ?? throw new NotFoundException("Appointment", appointmentId);

    /// <summary>The cancellation policy in force now (the built-in default until the clinic writes one).</summary>
    public async Task<CancellationPolicy> CurrentCancellationPolicyAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        await CurrentPolicy(this, cancellationToken) ?? CancellationPolicy.Default(now);

    /// <summary>The policy an appointment was booked under (version 0: the built-in default).</summary>
    public async Task<CancellationPolicy> CancellationPolicyAsync(int version, DateTimeOffset now, CancellationToken cancellationToken) =>
        version == 0
            ? CancellationPolicy.Default(now)
            : await CancellationPolicies.AsNoTracking().SingleAsync(p => p.Version == version, cancellationToken);

    /// <summary>The clinic's online-booking rules (defaults until an Admin saves them).</summary>
    public async Task<BookingSettings> BookingSettingsAsync(CancellationToken cancellationToken) =>
        await BookingSettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? Domain.Schedules.BookingSettings.Defaults();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SchedulingDbContext).Assembly);
        IdempotencyModel.Configure(modelBuilder);
    }
}
