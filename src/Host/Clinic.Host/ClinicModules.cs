using Clinic.BuildingBlocks.Modules;
using Clinic.BuildingBlocks.Outbox;
using Clinic.BuildingBlocks.Pipeline;
using Clinic.Identity;
using Clinic.Identity.Contracts;
using Clinic.Notifications;
using Clinic.Scheduling;
using Clinic.Scheduling.Contracts;
using Clinic.Wallet;
using Clinic.Wallet.Contracts;
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
        services.AddNotifications(configuration);
        services.AddWallet(configuration);

        services.AddMediator((MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            // Contracts assemblies are listed too: the generator wires an event handler, or a request one module
            // sends another (Identity's EnsurePatientProfile…), only when it also sees the message type.
            options.Assemblies =
            [
                typeof(SchedulingModule), typeof(SchedulingModuleInfo),
                typeof(IdentityModule), typeof(IdentityModuleInfo),
                typeof(NotificationsModule),
                typeof(WalletModule), typeof(WalletModuleInfo),
            ];
            options.PipelineBehaviors = [typeof(LoggingBehavior<,>), typeof(ValidationBehavior<,>)];
        });
        return services;
    }

    public static WebApplication MapClinicModules(this WebApplication app)
    {
        app.MapScheduling();
        app.MapIdentityModule();
        app.MapNotifications();
        app.MapWallet();
        app.MapOutboxAdministration();
        return app;
    }
}
