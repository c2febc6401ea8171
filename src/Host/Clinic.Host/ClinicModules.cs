using Clinic.BuildingBlocks.Modules;
using Clinic.BuildingBlocks.Outbox;
using Clinic.BuildingBlocks.Pipeline;
using Clinic.Forms;
using Clinic.Forms.Contracts;
using Clinic.Identity;
using Clinic.Identity.Contracts;
using Clinic.Integrations;
using Clinic.Integrations.Contracts;
using Clinic.Notifications;
using Clinic.Scheduling;
using Clinic.Scheduling.Contracts;
using Clinic.Wallet;
using Clinic.Wallet.Contracts;
using Mediator;

namespace Clinic.Host;

/// <summary>
/// The only place that knows every module. Adding a module is its two projects under src/Modules (the host
/// references every project there), one entry in <see cref="All"/>, and its two assemblies in the mediator list
/// below. Registration, endpoints, health checks, the API documentation and the architecture tests all derive
/// from <see cref="All"/>; a test fails when the mediator list misses a module of it.
/// </summary>
internal static class ClinicModules
{
    /// <summary>Registered and mapped in this order.</summary>
    public static IReadOnlyList<ModuleDefinition> All { get; } =
    [
        SchedulingModule.Definition,
        IdentityModule.Definition,
        NotificationsModule.Definition,
        WalletModule.Definition,
        FormsModule.Definition,
        IntegrationsModule.Definition,
    ];

    public static IServiceCollection AddClinicModules(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBuildingBlocks(configuration);
        foreach (var module in All)
        {
            module.AddServices(services, configuration);
        }

        services.AddMediator((MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            // The source generator reads this list at compile time, so it cannot be computed from All: a literal
            // typeof per assembly. A Contracts assembly is listed once it holds messages: the generator wires an event
            // handler, or a request one module sends another (Identity's EnsurePatientProfile…), only when it also
            // sees the message type (and refuses an assembly without any).
            options.Assemblies =
            [
                typeof(SchedulingModule), typeof(SchedulingModuleInfo),
                typeof(IdentityModule), typeof(IdentityModuleInfo),
                typeof(NotificationsModule),
                typeof(WalletModule), typeof(WalletModuleInfo),
                typeof(FormsModule), typeof(FormsModuleInfo),
                typeof(IntegrationsModule), typeof(IntegrationsModuleInfo),
            ];
            options.PipelineBehaviors = [typeof(LoggingBehavior<,>), typeof(ValidationBehavior<,>)];
        });
        return services;
    }

    public static WebApplication MapClinicModules(this WebApplication app)
    {
        foreach (var module in All)
        {
            module.MapEndpoints(app);
        }

        app.MapOutboxAdministration();
        return app;
    }
}
