using Microsoft.Extensions.Options;
using Twilio.Clients;
using Twilio.Exceptions;
using Twilio.Http;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace Clinic.Notifications.Adapters.Sms;

/// <summary>Sends SMS through Twilio's Messages API, on an HttpClient from the factory (timeouts, optional endpoint override).</summary>
internal sealed class TwilioSmsSender(IOptions<SmsOptions> options, IHttpClientFactory httpClients) : ISmsSender
{
    public const string HttpClientName = "twilio";

    /// <summary>Twilio answers 400 for numbers it will never deliver to (invalid, landline, opted out).</summary>
    private const int BadRequest = 400;

    public async Task<string> SendAsync(string toE164, string body, CancellationToken cancellationToken)
    {
        var twilio = options.Value.Twilio;
        var client = new TwilioRestClient(
            twilio.AccountSid, twilio.AuthToken, accountSid: twilio.AccountSid,
            httpClient: new SystemNetHttpClient(httpClients.CreateClient(HttpClientName)));
        var create = new CreateMessageOptions(new PhoneNumber(toE164)) { Body = body };
        if (!string.IsNullOrWhiteSpace(twilio.MessagingServiceSid))
        {
            create.MessagingServiceSid = twilio.MessagingServiceSid;
        }
        else
        {
            create.From = new PhoneNumber(twilio.FromNumber);
        }

        try
        {
            var message = await MessageResource.CreateAsync(create, client).WaitAsync(cancellationToken);
            return message.Sid;
        }
        catch (ApiException ex) when (ex.Status == BadRequest)
        {
            throw new PermanentDeliveryException($"Twilio refused the SMS (error {ex.Code}): {ex.Message}", ex);
        }
    }
}
