using Clinic.Host;
using Serilog;

Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();
try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddClinicHost();
    builder.AddClinicTelemetry();
    builder.Services.AddClinicModules(builder.Configuration);

    var app = builder.Build();
    app.UseClinicHost();
    app.MapClinicModules();
    app.MapClinicSpa();

    // Not app.RunAsync(): it disposes the host the moment its start fails (bad configuration, a development adapter in
    // Production). A harness that runs this entry point on its own thread, like the integration tests'
    // WebApplicationFactory, may at that moment still be resolving services of this host to wait for its start, and
    // would report "Cannot access a disposed object" instead of the reason. A failed start ends the process anyway;
    // a host that started is disposed after shutdown as before.
    await app.StartAsync();
    await app.WaitForShutdownAsync();
    await app.DisposeAsync();
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "The clinic host stopped unexpectedly");
    throw;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>Entry point; public so integration tests can host it.</summary>
public partial class Program;
