using System.Text.Json;
using Clinic.IntegrationTests.Infrastructure;

namespace Clinic.IntegrationTests.Operations;

/// <summary>For log shippers: with Logs:Json the console carries one JSON object per line (Serilog's compact format).</summary>
[Collection(ProcessWide.Name)]
public sealed class JsonLogTests
{
    [Fact]
    public async Task Given_json_logs_When_a_request_is_served_Then_its_console_lines_are_json_events()
    {
        var marker = $"/api/json-log-probe-{Guid.NewGuid():N}";
        var output = await ConsoleCapture.RunAsync(async () =>
        {
            using var factory = new ClinicApiFactory().With("Logs:Json", "true").With("Serilog:MinimumLevel:Default", "Information");
            await factory.CreateClient().GetAsync(marker);
        });

        var lines = output.Split('\n').Where(line => line.Contains(marker, StringComparison.Ordinal)).ToList();
        lines.ShouldNotBeEmpty("the request is logged");
        foreach (var line in lines)
        {
            line.TrimStart().ShouldStartWith("{", customMessage: line);
            var entry = JsonDocument.Parse(line).RootElement;
            entry.GetProperty("@t").GetString().ShouldNotBeNullOrEmpty();
            entry.GetProperty("@m").GetString()!.ShouldContain(marker);
        }
    }

    [Fact]
    public async Task Given_the_default_When_a_request_is_served_Then_its_console_line_is_text_for_people()
    {
        var marker = $"/api/text-log-probe-{Guid.NewGuid():N}";
        var output = await ConsoleCapture.RunAsync(async () =>
        {
            using var factory = new ClinicApiFactory().With("Serilog:MinimumLevel:Default", "Information");
            await factory.CreateClient().GetAsync(marker);
        });

        var line = output.Split('\n').First(line => line.Contains(marker, StringComparison.Ordinal));
        line.TrimStart().ShouldStartWith("[");
        line.ShouldContain("INF");
    }
}

/// <summary>Reads what the process writes to the console while an action runs.</summary>
public static class ConsoleCapture
{
    public static async Task<string> RunAsync(Func<Task> action)
    {
        var original = Console.Out;
        var captured = new StringWriter();
        Console.SetOut(TextWriter.Synchronized(captured));
        try
        {
            await action();
        }
        finally
        {
            Console.SetOut(original);
        }

        return captured.ToString();
    }
}
