using Microsoft.Extensions.DependencyInjection;

namespace Clinic.BuildingBlocks.Adapters;

public static class ActiveAdapterRegistration
{
    /// <summary>Records which adapter serves <paramref name="service"/>; development adapters block a Production start.</summary>
    public static IServiceCollection AddActiveAdapter(this IServiceCollection services, string service, string implementation, bool isDevelopmentAdapter) =>
        services.AddSingleton(new ActiveAdapter(service, implementation, isDevelopmentAdapter));
}
