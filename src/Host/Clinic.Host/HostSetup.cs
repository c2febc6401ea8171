using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Http;
using Clinic.BuildingBlocks.Operations;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.OpenApi;
using Serilog;
using Serilog.Formatting.Compact;
using Serilog.Settings.Configuration;

namespace Clinic.Host;

/// <summary>Cross-cutting host wiring: logging, errors, OpenAPI, auth, health and the SPA files.</summary>
internal static class HostSetup
{
    public static WebApplicationBuilder AddClinicHost(this WebApplicationBuilder builder)
    {
        // The static logger stays the bootstrap one so several hosts in one process (tests) do not fight over it.
        // The sinks configuration may name are listed, not discovered: discovery reads the entry assembly's dependency
        // manifest, which a test runner or a trimmed publish does not have.
        var serilogAssemblies = new ConfigurationReaderOptions(
            typeof(ConsoleLoggerConfigurationExtensions).Assembly,
            typeof(FileLoggerConfigurationExtensions).Assembly);
        // The console is text for people, or one JSON object per line for log shippers (Logs:Json).
        var jsonConsole = builder.Configuration.GetValue<bool>("Logs:Json");
        builder.Services.AddSerilog(
            (services, logger) =>
            {
                logger
                    .ReadFrom.Configuration(builder.Configuration, serilogAssemblies)
                    .ReadFrom.Services(services)
                    .Enrich.FromLogContext();
                if (jsonConsole)
                {
                    logger.WriteTo.Console(new RenderedCompactJsonFormatter());
                }
                else
                {
                    logger.WriteTo.Console();
                }
            },
            preserveStaticLogger: true);

        // Binding failures (missing or malformed parameters, unreadable JSON) become 400 ProblemDetails with the
        // framework's description in every environment, not only in Development.
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);

        // Enums travel as their names so the API reads well and survives reordering of members.
        builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.AddEndpointsApiExplorer();
        builder.Services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "Clinic API",
                Version = "v1",
                Description = "Online booking and patient portal for aesthetic and medical-spa clinics. "
                              + "Public catalog and account endpoints need no credentials; /api/portal needs a patient session; /api/admin needs "
                              + "a staff session, or for the operations that say so, an integrator's API key in the X-Api-Key header.",
            });
            foreach (var xml in ClinicModules.All.Select(m => m.Assembly).Append(typeof(Money).Assembly).Select(DocumentationFile).Where(File.Exists))
            {
                options.IncludeXmlComments(xml);
            }

            // Non-nullable C# members become required, non-null schema members, so the generated
            // TypeScript client types match what the API really sends.
            options.SupportNonNullableReferenceTypes();
            options.NonNullableReferenceTypesAsRequired();
            options.UseAllOfToExtendReferenceSchemas();

            // Nested response records share short names across features; the full name keeps schema ids unique and stable.
            options.CustomSchemaIds(type => type.IsNested ? $"{type.DeclaringType!.Name}{type.Name}" : type.Name);

            options.AddSecurityDefinition(AuthorizationOperationFilter.SessionScheme, AuthorizationOperationFilter.Session);
            options.AddSecurityDefinition(AuthorizationOperationFilter.ApiKeyScheme, AuthorizationOperationFilter.ApiKey);
            options.OperationFilter<AuthorizationOperationFilter>();
        });

        builder.Services.AddReverseProxySupport(builder.Configuration);

        // Authentication (session cookie, API keys) belongs to the Identity module; the policies are the host's.
        builder.Services.AddClinicAuthorization();

        return builder;
    }

    public static WebApplication UseClinicHost(this WebApplication app)
    {
        // First of all, so everything after it (logs included) sees the client's address and scheme, not the proxy's.
        app.UseForwardedHeaders();
        // Outside the error handling, so each request is logged with the status the client got: a validation failure
        // turned into a 400 by the exception handler must not be logged as a 500.
        // Through the host's logger (configuration's sinks and levels, the log file, JSON when asked); left to itself the
        // middleware would write through the static bootstrap logger, to the console only.
        app.UseSerilogRequestLogging(options => options.Logger = app.Services.GetRequiredService<Serilog.ILogger>());
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSwagger();
        app.UseSwaggerUI(options => options.DocumentTitle = "Clinic API");
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        // After authorization, so a caller without credentials hears 401 rather than a token complaint.
        app.UseApiAntiforgery();
        // Liveness: the process answers (no dependency checked, so a database outage does not get it restarted).
        // Readiness: databases reachable, migrations applied, background queues keeping up. /health stays for
        // existing monitors and answers as readiness does.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteHealthAsync }).AllowAnonymous();
        var ready = new HealthCheckOptions { Predicate = check => check.Tags.Contains(HealthTags.Ready), ResponseWriter = WriteHealthAsync };
        app.MapHealthChecks("/health/ready", ready).AllowAnonymous();
        app.MapHealthChecks("/health", ready).AllowAnonymous();
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var address in app.Urls)
            {
                app.Logger.LogInformation("Clinic is running at {Url}/book (staff: {Url}/admin, API: {Url}/swagger)", address, address, address);
            }
        });
        return app;
    }

    /// <summary>
    /// Serves the built SPA (precompressed, fingerprinted files cached for good, see <see cref="SpaAssets"/>); unknown
    /// client-side routes get index.html, unknown API routes a 404 ProblemDetails.
    /// </summary>
    public static WebApplication MapClinicSpa(this WebApplication app)
    {
        app.Map("/api/{**rest}", () => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "There is no API endpoint at this address."))
            .ExcludeFromDescription();

        var root = Path.GetFullPath(app.Configuration["Spa:RootPath"] ?? Path.Combine("web", "dist"));
        if (!Directory.Exists(root))
        {
            app.Logger.LogWarning("SPA files not found at {Root}; build them with `npm run build --prefix web`", root);
            return app;
        }

        app.MapSpaAssets(root);
        return app;
    }

    private static string DocumentationFile(Assembly assembly) =>
        Path.Combine(AppContext.BaseDirectory, $"{assembly.GetName().Name}.xml");

    private static Task WriteHealthAsync(HttpContext context, Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
        }));
    }
}
