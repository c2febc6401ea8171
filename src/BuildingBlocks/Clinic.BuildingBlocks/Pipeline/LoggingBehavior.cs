using System.Diagnostics;
using Clinic.BuildingBlocks.Errors;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Clinic.BuildingBlocks.Pipeline;

/// <summary>One structured log line per request: its name, how long it took and how it ended.</summary>
/// <remarks>
/// Every request passes here, cross-module ones included (a booking sends four), so the lines are written through
/// <see cref="LoggerMessage"/> delegates: when the level is off (an operator keeping only warnings), a request costs a
/// timestamp and a level check, with no formatting or boxing.
/// </remarks>
public sealed class LoggingBehavior<TMessage, TResponse>(ILogger<LoggingBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly string Name = typeof(TMessage).Name;

    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next(message, cancellationToken);
            RequestLog.Succeeded(logger, Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds, null);
            return response;
        }
        catch (Exception ex) when (ex is ValidationException or DomainException)
        {
            // Expected refusals are not errors of ours: log them quietly with the reason.
            RequestLog.Refused(logger, Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds, ex.Message, null);
            throw;
        }
        catch (Exception ex)
        {
            RequestLog.Failed(logger, Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds, ex);
            throw;
        }
    }
}
