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
    await app.RunAsync();
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
