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

    public DbSet<AppointmentChange> AppointmentChanges => Set<AppointmentChange>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SchedulingDbContext).Assembly);
        IdempotencyModel.Configure(modelBuilder);
    }
}
