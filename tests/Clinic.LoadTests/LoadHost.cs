using Clinic.IntegrationTests.Infrastructure;

namespace Clinic.LoadTests;

/// <summary>The measured host and the run's console output.</summary>
internal static class LoadHost
{
    /// <summary>
    /// The real host on throw-away SQLite files. Logging is set the way an operator sets it, through configuration: warnings
    /// and errors only, so no line per request is written (the request log and the per-request pipeline lines are
    /// Information). The product keeps all of its logging; this run only turns its level down.
    /// </summary>
    public static ClinicApiFactory Create() => new ClinicApiFactory()
        .With("Serilog:MinimumLevel:Default", "Warning")
        .With("Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware", "Warning")
        .With("Serilog:MinimumLevel:Override:Clinic", "Warning");

    public static void Log(string line) => Console.WriteLine($"  {line}");

    public static void Result(string title, IReadOnlyList<(string Name, string Value)> lines)
    {
        Console.WriteLine();
        Console.WriteLine($"== {title} ==");
        var width = lines.Max(l => l.Name.Length);
        foreach (var (name, value) in lines)
        {
            Console.WriteLine($"  {name.PadRight(width)}  {value}");
        }

        Console.WriteLine();
    }

    /// <summary>What the figures depend on: cores, CPU, runtime, and how busy the machine was.</summary>
    public static void DescribeMachine(string when)
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var load = File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
        Console.WriteLine($"[{when}] {Environment.ProcessorCount} cores ({cpu ?? "unknown CPU"}), .NET {Environment.Version}, "
                          + $"load average {load} (1, 5, 15 min; above {Environment.ProcessorCount} means other work shared the cores)");
    }
}
