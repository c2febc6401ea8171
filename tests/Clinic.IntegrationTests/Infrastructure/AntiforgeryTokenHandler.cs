using System.Net;
using Clinic.BuildingBlocks.Http;

namespace Clinic.IntegrationTests.Infrastructure;

/// <summary>
/// Does what the SPA's fetch wrapper does: before a POST/PUT/DELETE, asks the API for a current
/// XSRF-TOKEN cookie (with the same credentials as the request) and sends its value in X-XSRF-TOKEN.
/// </summary>
public sealed class AntiforgeryTokenHandler(CookieContainer cookies) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method == HttpMethod.Get || request.Method == HttpMethod.Head || request.RequestUri is null)
        {
            return await base.SendAsync(request, cancellationToken);
        }

        using var tokenRequest = new HttpRequestMessage(HttpMethod.Get, new Uri(request.RequestUri, "/api/account/antiforgery"));
        foreach (var header in request.Headers)
        {
            tokenRequest.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        (await base.SendAsync(tokenRequest, cancellationToken)).Dispose();
        var token = cookies.GetCookies(request.RequestUri)[ApiAntiforgery.RequestTokenCookie]?.Value;
        request.Headers.Remove(ApiAntiforgery.HeaderName);
        if (token is not null)
        {
            request.Headers.Add(ApiAntiforgery.HeaderName, token);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
