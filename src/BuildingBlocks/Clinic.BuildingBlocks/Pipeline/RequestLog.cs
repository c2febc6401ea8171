using Microsoft.Extensions.Logging;

namespace Clinic.BuildingBlocks.Pipeline;

/// <summary>The pipeline's log lines, parsed once.</summary>
internal static class RequestLog
{
    public static readonly Action<ILogger, string, double, Exception?> Succeeded =
        LoggerMessage.Define<string, double>(LogLevel.Information, new EventId(1, "RequestSucceeded"), "{Request} succeeded in {ElapsedMs:0.0} ms");

    public static readonly Action<ILogger, string, double, string, Exception?> Refused =
        LoggerMessage.Define<string, double, string>(LogLevel.Information, new EventId(2, "RequestRefused"), "{Request} refused in {ElapsedMs:0.0} ms: {Reason}");

    public static readonly Action<ILogger, string, double, Exception?> Failed =
        LoggerMessage.Define<string, double>(LogLevel.Error, new EventId(3, "RequestFailed"), "{Request} failed in {ElapsedMs:0.0} ms");
}
