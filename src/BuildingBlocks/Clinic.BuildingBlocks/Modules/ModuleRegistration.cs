using System.Globalization;
using System.Threading.RateLimiting;
using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Adapters;
using Clinic.BuildingBlocks.Background;
using Clinic.BuildingBlocks.Http;
using Clinic.BuildingBlocks.Operations;
using Clinic.BuildingBlocks.Outbox;
using Clinic.BuildingBlocks.Persistence;
using Clinic.BuildingBlocks.Phones;
using Clinic.BuildingBlocks.Time;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Clinic.BuildingBlocks.Modules;

/// <summary>The shared wiring every module gets, so a module's Add method is a few lines.</summary>
public static class ModuleRegistration
{
    /// <summary>Registers the plumbing once; call before any module.</summary>
    public static IServiceCollection AddBuildingBlocks(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        services.Configure<OutboxOptions>(configuration.GetSection(OutboxOptions.Section));
        services.Configure<DemoDataOptions>(configuration.GetSection(DemoDataOptions.Section));
        services.AddOptions<PhoneNumberOptions>().Configure<IConfiguration>(PhoneNumberOptions.Read)
            .Validate(o => !o.LegacySettingsDisagree,
                $"{PhoneNumberOptions.LegacyIdentityKey} and {PhoneNumberOptions.LegacySmsKey} name different regions; set {PhoneNumberOptions.Key} to the clinic's one phone region.")
            .Validate(o => PhoneNumberNormalizer.IsSupportedRegion(o.DefaultRegion), "Clinic:DefaultPhoneRegion must be an ISO 3166 region code such as ES.")
            .ValidateOnStart();
        services.AddSingleton<PhoneNumberNormalizer>();
        AddClock(services, configuration);
        // First hosted service: a Production host with a development adapter stops before touching any database.
        services.AddHostedService(sp => new DevelopmentAdapterGuard(services, sp.GetRequiredService<IHostEnvironment>()));
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton(new IntegrationEventTypes());
        services.AddHostedService<DatabaseInitializer>();
        services.AddScoped<IIntegrationEventPublisher, MediatorIntegrationEventPublisher>();
        AddOperations(services, configuration);
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddScoped<IRequestOrigin, HttpRequestOrigin>();
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.AddApiAntiforgery();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = WriteTooManyRequestsAsync;
        });
        return services;
    }

    /// <summary>
    /// Metrics and readiness: every queue's backlog (each module's outbox, and what modules add, such as the email and
    /// SMS queue) as gauges and as a readiness check, plus migrations applied. Databases register their own checks.
    /// </summary>
    private static void AddOperations(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<OperationsOptions>(configuration.GetSection(OperationsOptions.Section));
        services.AddMetrics();
        services.AddSingleton<ClinicMetrics>();
        services.AddSingleton<IBacklogSource, OutboxBacklogSource>();
        services.AddHostedService<BacklogMonitor>();
        services.AddHealthChecks()
            .AddCheck<MigrationsHealthCheck>(MigrationsHealthCheck.Name, tags: [HealthTags.Ready])
            .AddCheck<BacklogHealthCheck>(BacklogHealthCheck.Name, tags: [HealthTags.Ready]);
    }

    private static void AddClock(IServiceCollection services, IConfiguration configuration)
    {
        var startAt = configuration[DevelopmentClock.StartAtKey];
        if (string.IsNullOrWhiteSpace(startAt))
        {
            services.TryAddSingleton(TimeProvider.System);
            return;
        }

        if (!DateTimeOffset.TryParse(startAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            throw new InvalidOperationException($"{DevelopmentClock.StartAtKey} must be an ISO 8601 instant such as 2027-03-28T00:30:00Z; it was '{startAt}'.");
        }

        // Not TryAdd: this choice must win over the system clock any library registered before.
        services.AddSingleton<TimeProvider>(new DevelopmentClock(instant, TimeProvider.System));
    }

    /// <summary>
    /// A failed command is usually a refusal the handler expects and answers (a unique key saying "this time
    /// is taken"), so EF's own error lines are demoted; anything truly unexpected still reaches the host's
    /// exception handler, which logs it as an error with its trace id.
    /// </summary>
    private static void ExpectedRefusalsAreNotErrors(WarningsConfigurationBuilder warnings) => warnings.Log(
        (RelationalEventId.CommandError, LogLevel.Information),
        (CoreEventId.SaveChangesFailed, LogLevel.Information));

    /// <summary>
    /// Registers a module: its DbContext on the configured engine (the provider-specific subclass
    /// carries that engine's migrations), its validators, its events, its outbox dispatcher and health check.
    /// </summary>
    public static IServiceCollection AddModule<TContext, TSqliteContext, TSqlServerContext>(
        this IServiceCollection services, IConfiguration configuration, ModuleDefinition definition)
        where TContext : DbContext, IModuleDbContext
        where TSqliteContext : TContext
        where TSqlServerContext : TContext
    {
        var module = definition.Name;
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        // The options (engine, file, interceptors) are the same for every context of the module: built once, not on
        // every request (each build also makes EF look up its internal service provider again).
        switch (database.Provider)
        {
            case DatabaseProvider.SqlServer:
                var connectionString = database.ConnectionString
                    ?? throw new InvalidOperationException("Database:ConnectionString is required when Database:Provider is SqlServer.");
                services.AddDbContext<TContext, TSqlServerContext>((sp, options) => options
                    .UseModuleSqlServer(connectionString, module)
                    .AddInterceptors(sp.GetRequiredService<OutboxSignal>())
                    .ConfigureWarnings(ExpectedRefusalsAreNotErrors), optionsLifetime: ServiceLifetime.Singleton);
                break;
            default:
                services.AddDbContext<TContext, TSqliteContext>((sp, options) => options
                    .UseModuleSqlite(database.DataDirectory, module)
                    .AddInterceptors(sp.GetRequiredService<OutboxSignal>())
                    .ConfigureWarnings(ExpectedRefusalsAreNotErrors), optionsLifetime: ServiceLifetime.Singleton);
                break;
        }

        services.AddSingleton<IModuleDatabase>(new ModuleDatabase<TContext>(module));
        services.AddSingleton<OutboxProcessor<TContext>>();
        services.AddBackgroundWorker<OutboxDispatcher<TContext>>(configuration, $"{OutboxOptions.Section}:{nameof(OutboxOptions.RunDispatchers)}");

        // Validators hold only rules and singletons (options, the clock): built once, not per request.
        services.AddValidatorsFromAssembly(definition.Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        var eventTypes = (IntegrationEventTypes)services.Single(d => d.ServiceType == typeof(IntegrationEventTypes)).ImplementationInstance!;
        eventTypes.AddFromAssembly(definition.Contracts);
        services.AddHealthChecks().AddDbContextCheck<TContext>(module, tags: [HealthTags.Database, HealthTags.Ready]);
        return services;
    }

    private static async ValueTask WriteTooManyRequestsAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = "Too many attempts from this address. Wait a little and try again.",
            },
        });
    }
}
