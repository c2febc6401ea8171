using Microsoft.Extensions.Options;

namespace Clinic.Notifications.Adapters.Sms;

/// <summary>Sends Twilio's requests to <see cref="TwilioOptions.ApiBaseUrl"/> instead of api.twilio.com, keeping path and query.</summary>
internal sealed class TwilioEndpointHandler(IOptions<SmsOptions> options) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (Uri.TryCreate(options.Value.Twilio.ApiBaseUrl, UriKind.Absolute, out var baseUrl) && request.RequestUri is { } original)
        {
            request.RequestUri = new UriBuilder(original) { Scheme = baseUrl.Scheme, Host = baseUrl.Host, Port = baseUrl.Port }.Uri;
        }

        return base.SendAsync(request, cancellationToken);
    }
}
