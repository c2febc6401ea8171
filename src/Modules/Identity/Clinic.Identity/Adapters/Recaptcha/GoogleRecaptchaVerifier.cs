using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Clinic.Identity.Options;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Clinic.Identity.Adapters.Recaptcha;

/// <summary>Google reCAPTCHA v3: asks siteverify and accepts only a successful, human-enough token for the expected action.</summary>
internal sealed class GoogleRecaptchaVerifier(HttpClient http, IOptions<RecaptchaOptions> options, ILogger<GoogleRecaptchaVerifier> logger)
    : IRecaptchaVerifier
{
    public async Task<bool> VerifyAsync(string? token, string? remoteIp, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return false;
        }

        var settings = options.Value;
        var form = new Dictionary<string, string> { ["secret"] = settings.SecretKey ?? "", ["response"] = token };
        if (remoteIp is not null)
        {
            form["remoteip"] = remoteIp;
        }

        try
        {
            using var response = await http.PostAsync(settings.VerifyUrl, new FormUrlEncodedContent(form), cancellationToken);
            response.EnsureSuccessStatusCode();
            var answer = await response.Content.ReadFromJsonAsync<SiteVerifyResponse>(cancellationToken);
            var passed = answer is { Success: true }
                         && (answer.Score is null || answer.Score >= settings.MinimumScore)
                         && (answer.Action is null || string.Equals(answer.Action, settings.ExpectedAction, StringComparison.Ordinal));
            if (!passed)
            {
                logger.LogInformation("reCAPTCHA rejected a login: success {Success}, score {Score}, action {Action}, errors {Errors}",
                    answer?.Success, answer?.Score, answer?.Action, string.Join(',', answer?.ErrorCodes ?? []));
            }

            return passed;
        }
        catch (Exception ex) when (ex is HttpRequestException or System.Text.Json.JsonException
                                   || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // Fail closed: without Google's answer we cannot tell a person from a bot; the person can simply retry.
            logger.LogWarning(ex, "reCAPTCHA siteverify could not be reached");
            return false;
        }
    }

    private sealed record SiteVerifyResponse(
        [property: JsonPropertyName("success")] bool Success,
        [property: JsonPropertyName("score")] double? Score,
        [property: JsonPropertyName("action")] string? Action,
        [property: JsonPropertyName("error-codes")] string[]? ErrorCodes);
}
