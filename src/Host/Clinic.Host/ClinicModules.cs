using Clinic.BuildingBlocks.Modules;
using Clinic.BuildingBlocks.Outbox;
using Clinic.BuildingBlocks.Pipeline;
using Clinic.Identity;
using Clinic.Scheduling;
using Mediator;

namespace Clinic.Host;

/// <summary>The only place that knows every module: one line each to register and to map.</summary>
internal static class ClinicModules
{
    public static IServiceCollection AddClinicModules(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBuildingBlocks(configuration);
        services.AddScheduling(configuration);
        services.AddIdentityModule(configuration);

        services.AddMediator((MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(SchedulingModule), typeof(IdentityModule)];
            options.PipelineBehaviors = [typeof(LoggingBehavior<,>), typeof(ValidationBehavior<,>)];
        });
        return services;
    }

    public static WebApplication MapClinicModules(this WebApplication app)
    {
        app.MapScheduling();
        app.MapIdentityModule();
        app.MapOutboxAdministration();
        return app;
    }
}
