using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Background;
using Clinic.BuildingBlocks.Modules;
using Clinic.BuildingBlocks.Persistence;
using Clinic.Scheduling.Contracts;
using Clinic.Scheduling.Demo;
using Clinic.Scheduling.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Clinic.Scheduling;

/// <summary>Scheduling's public face: the definition the host lists, which registers the module and maps its endpoints.</summary>
public static class SchedulingModule
{
    public static ModuleDefinition Definition { get; } = new(
        SchedulingModuleInfo.Name, typeof(SchedulingModule).Assembly, typeof(SchedulingModuleInfo).Assembly, AddServices, MapEndpoints);

    private static void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModule<SchedulingDbContext, SqliteSchedulingDbContext, SqlServerSchedulingDbContext>(configuration, Definition);
        services.Configure<ClinicProfileOptions>(configuration.GetSection(ClinicProfileOptions.Section));
        services.AddScoped<IDemoDataSeeder, DemoClinicSeeder>();
        services.AddScoped<Features.Availability.AvailabilityReader>();
        services.AddScoped<Features.Appointments.AppointmentChanges>();
        services.AddScoped<Integration.AppointmentSnapshots>();
        services.AddBackgroundWorker<Features.Booking.ExpiredHoldSweeper>(configuration);
    }

    private static void MapEndpoints(IEndpointRouteBuilder app)
    {
        var catalog = app.MapGroup("/api/catalog").WithTags("Scheduling").AllowAnonymous();
        Features.PublicCatalog.GetClinicProfile.GetClinicProfileEndpoint.Map(catalog);
        Features.PublicCatalog.ListBookableCategories.ListBookableCategoriesEndpoint.Map(catalog);
        Features.PublicCatalog.ListProvidersForService.ListProvidersForServiceEndpoint.Map(catalog);
        Features.Policies.GetCancellationPolicy.GetCancellationPolicyEndpoint.Map(catalog);

        var availability = app.MapGroup("/api/availability").WithTags("Scheduling").AllowAnonymous();
        Features.Availability.SearchAvailability.SearchAvailabilityEndpoint.Map(availability);
        Features.Availability.ListAvailableDates.ListAvailableDatesEndpoint.Map(availability);

        var booking = app.MapGroup("/api/booking").WithTags("Scheduling").AllowAnonymous();
        Features.Booking.PlaceSlotHold.PlaceSlotHoldEndpoint.Map(booking);
        Features.Booking.ReleaseSlotHold.ReleaseSlotHoldEndpoint.Map(booking);
        Features.Booking.ExtendSlotHolds.ExtendSlotHoldsEndpoint.Map(booking);
        Features.Booking.ConfirmBooking.ConfirmBookingEndpoint.Map(booking);

        var schedulesRead = app.MapGroup("/api/admin/schedules").WithTags("Scheduling").RequireAuthorization(ClinicPolicies.ReadSchedules);
        Features.Schedules.GetWeeklyHours.GetWeeklyHoursEndpoint.Map(schedulesRead);
        Features.Schedules.ListScheduleExceptions.ListScheduleExceptionsEndpoint.Map(schedulesRead);
        Features.Schedules.GetBookingSettings.GetBookingSettingsEndpoint.Map(schedulesRead);
        var schedules = app.MapGroup("/api/admin/schedules").WithTags("Scheduling").RequireAuthorization(ClinicPolicies.ManageSchedules);
        Features.Schedules.SetWeeklyHours.SetWeeklyHoursEndpoint.Map(schedules);
        Features.Schedules.AddScheduleException.AddScheduleExceptionEndpoint.Map(schedules);
        Features.Schedules.RemoveScheduleException.RemoveScheduleExceptionEndpoint.Map(schedules);
        Features.Schedules.UpdateBookingSettings.UpdateBookingSettingsEndpoint.Map(schedules);
        Features.Policies.UpdateCancellationPolicy.UpdateCancellationPolicyEndpoint.Map(schedules);

        var portal = app.MapGroup("/api/portal/appointments").WithTags("Scheduling").RequireAuthorization(ClinicPolicies.Patient);
        Features.Appointments.ListMyAppointments.ListMyAppointmentsEndpoint.Map(portal);
        Features.Appointments.CancelMyAppointment.CancelMyAppointmentEndpoint.Map(portal);
        Features.Appointments.RescheduleMyAppointment.RescheduleMyAppointmentEndpoint.Map(portal);

        var appointmentsRead = app.MapGroup("/api/admin/appointments").WithTags("Scheduling").RequireAuthorization(ClinicPolicies.ReadAppointments);
        Features.Appointments.ListCalendar.ListCalendarEndpoint.Map(appointmentsRead);
        Features.Appointments.GetAppointment.GetAppointmentEndpoint.Map(appointmentsRead);
        var appointments = app.MapGroup("/api/admin/appointments").WithTags("Scheduling").RequireAuthorization(ClinicPolicies.ManageAppointments);
        Features.Appointments.BookForPatient.BookForPatientEndpoint.Map(appointments);
        Features.Appointments.StartAppointment.StartAppointmentEndpoint.Map(appointments);
        Features.Appointments.CompleteAppointment.CompleteAppointmentEndpoint.Map(appointments);
        Features.Appointments.MarkNoShow.MarkNoShowEndpoint.Map(appointments);
        Features.Appointments.CancelAppointment.CancelAppointmentEndpoint.Map(appointments);
        Features.Appointments.RescheduleAppointment.RescheduleAppointmentEndpoint.Map(appointments);

        var staffRead = app.MapGroup("/api/admin/catalog").WithTags("Scheduling").RequireAuthorization(ClinicPolicies.ReadCatalog);
        Features.StaffCatalog.GetCatalog.GetCatalogEndpoint.Map(staffRead);

        var admin = app.MapGroup("/api/admin/catalog").WithTags("Scheduling").RequireAuthorization(ClinicPolicies.ManageClinic);
        Features.Locations.CreateLocation.CreateLocationEndpoint.Map(admin);
        Features.Locations.UpdateLocation.UpdateLocationEndpoint.Map(admin);
        Features.Locations.DeactivateLocation.DeactivateLocationEndpoint.Map(admin);
        Features.Categories.CreateServiceCategory.CreateServiceCategoryEndpoint.Map(admin);
        Features.Categories.UpdateServiceCategory.UpdateServiceCategoryEndpoint.Map(admin);
        Features.Categories.DeactivateServiceCategory.DeactivateServiceCategoryEndpoint.Map(admin);
        Features.Services.CreateService.CreateServiceEndpoint.Map(admin);
        Features.Services.UpdateService.UpdateServiceEndpoint.Map(admin);
        Features.Services.DeactivateService.DeactivateServiceEndpoint.Map(admin);
        Features.Providers.CreateProvider.CreateProviderEndpoint.Map(admin);
        Features.Providers.UpdateProvider.UpdateProviderEndpoint.Map(admin);
        Features.Providers.DeactivateProvider.DeactivateProviderEndpoint.Map(admin);
    }
}
