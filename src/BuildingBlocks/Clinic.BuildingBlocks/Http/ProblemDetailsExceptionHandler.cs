using System.Diagnostics;
using Clinic.BuildingBlocks.Errors;
using Clinic.BuildingBlocks.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Clinic.BuildingBlocks.Http;

/// <summary>
/// The one place exceptions become HTTP answers: validation → 400 with field errors, domain
/// refusals → 404/409/422/429 with a readable detail, anything else → 500 with only a trace id.
/// </summary>
public sealed class ProblemDetailsExceptionHandler(
    IProblemDetailsService problemDetails, ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ValidationException validation => ToValidationProblem(validation),
            NotFoundException notFound => Problem(StatusCodes.Status404NotFound, notFound.Title, notFound.Message),
            ConflictException conflict => Problem(StatusCodes.Status409Conflict, conflict.Title, conflict.Message),
            BusinessRuleException rule => Problem(StatusCodes.Status422UnprocessableEntity, rule.Title, rule.Message),
            TooManyRequestsException tooMany => Problem(StatusCodes.Status429TooManyRequests, tooMany.Title, tooMany.Message),
            ServiceUnavailableException unavailable => Problem(StatusCodes.Status503ServiceUnavailable, unavailable.Title, unavailable.Message),
            DbUpdateConcurrencyException => Problem(
                StatusCodes.Status409Conflict, "Conflict", "Someone else changed this at the same moment. Reload and try again."),
            DbUpdateException db when UniqueConstraint.IsViolation(db) => Problem(
                StatusCodes.Status409Conflict, "Conflict", "The request conflicts with a record that already exists."),
            // The framework's binding messages name the parameter and the expected format; they reveal no internals.
            BadHttpRequestException badRequest => Problem(badRequest.StatusCode, "Bad request", badRequest.Message),
            _ => null,
        };

        if (problem is null)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            problem = Problem(StatusCodes.Status500InternalServerError, "Unexpected error",
                "Something went wrong on our side. Quote the trace id if you contact support.");
        }

        if (exception is DomainException domain)
        {
            foreach (var (key, value) in domain.Extensions)
            {
                problem.Extensions[key] = value;
            }
        }

        problem.Extensions["traceId"] = Activity.Current?.Id ?? httpContext.TraceIdentifier;
        if (exception is TooManyRequestsException { RetryAfter: var retryAfter })
        {
            httpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails Problem(int status, string title, string detail) =>
        new() { Status = status, Title = title, Detail = detail };

    private static HttpValidationProblemDetails ToValidationProblem(ValidationException exception)
    {
        var errors = exception.Errors
            .GroupBy(e => ToCamelCase(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());
        return new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more fields are invalid",
            Detail = "Correct the fields listed in 'errors' and try again.",
        };
    }

    // Field names in errors match the JSON the client sent (camelCase), including nested paths like "price.currency".
    private static string ToCamelCase(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(part =>
            part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
