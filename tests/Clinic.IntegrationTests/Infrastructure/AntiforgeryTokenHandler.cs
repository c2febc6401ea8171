using System.Net;
using Clinic.BuildingBlocks.Http;

namespace Clinic.IntegrationTests.Infrastructure;

/// <summary>
/// Does what the SPA's fetch wrapper does: before a POST/PUT/DELETE, asks the API for a current
/// XSRF-TOKEN cookie (with the same credentials as the request) and sends its value in X-XSRF-TOKEN.
/// One token request at a time per client: a browser gets its cookie once and then keeps it, but a test
/// firing many first requests at once would otherwise be handed several cookies, and a request could send
/// a token that no longer matches the cookie the others left behind.
/// </summary>
public sealed class AntiforgeryTokenHandler(CookieContainer cookies) : DelegatingHandler
{
    private readonly SemaphoreSlim tokenTurn = new(1, 1);

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

        string? token;
        await tokenTurn.WaitAsync(cancellationToken);
        try
        {
            (await base.SendAsync(tokenRequest, cancellationToken)).Dispose();
            token = cookies.GetCookies(request.RequestUri)[ApiAntiforgery.RequestTokenCookie]?.Value;
        }
        finally
        {
            tokenTurn.Release();
        }

        request.Headers.Remove(ApiAntiforgery.HeaderName);
        if (token is not null)
        {
            request.Headers.Add(ApiAntiforgery.HeaderName, token);
        }

        return await base.SendAsync(request, cancellationToken);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            tokenTurn.Dispose();
        }

        base.Dispose(disposing);
    }
}
