using System.Net;
using System.Net.Http.Json;
using System.Text;
using Clinic.BuildingBlocks.Abstractions;
using Clinic.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Clinic.IntegrationTests.Identity;

/// <summary>Every staff endpoint that exists — found from the host's routes, so new ones are covered without editing this test.</summary>
public sealed class StaffAuthorizationTests : IDisposable
{
    private readonly ClinicApiFactory factory = new ClinicApiFactory().WithoutBackgroundWorkers();

    public void Dispose() => factory.Dispose();

    [Fact]
    public void Given_the_host_When_its_routes_are_read_Then_every_staff_endpoint_requires_authorization()
    {
        var endpoints = StaffEndpoints();

        endpoints.Count.ShouldBeGreaterThan(20);
        endpoints.Where(e => e.Metadata.GetMetadata<IAuthorizeData>() is null || e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => e.DisplayName).ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_no_credentials_When_any_staff_endpoint_is_called_Then_401()
    {
        var anonymous = factory.CreateBrowserClient();

        var answers = await CallEveryStaffEndpointAsync(anonymous);

        answers.Where(a => a.Status != HttpStatusCode.Unauthorized).Select(a => a.ToString()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_a_real_patient_session_When_any_staff_endpoint_is_called_Then_403()
    {
        var patient = await new IdentityApi(factory).RegisteredPatientAsync("lucia@example.com");

        var answers = await CallEveryStaffEndpointAsync(patient);

        answers.Where(a => a.Status != HttpStatusCode.Forbidden).Select(a => a.ToString()).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(ClinicRoles.Provider, "GET", "/api/admin/catalog", HttpStatusCode.OK)]
    [InlineData(ClinicRoles.Provider, "GET", "/api/admin/patients", HttpStatusCode.OK)]
    [InlineData(ClinicRoles.Provider, "GET", "/api/admin/patients/duplicates", HttpStatusCode.OK)]
    [InlineData(ClinicRoles.Provider, "GET", "/api/admin/settings/portal-access", HttpStatusCode.OK)]
    [InlineData(ClinicRoles.Provider, "POST", "/api/admin/patients", HttpStatusCode.Forbidden)]
    [InlineData(ClinicRoles.Provider, "GET", "/api/admin/staff", HttpStatusCode.Forbidden)]
    [InlineData(ClinicRoles.Provider, "GET", "/api/admin/outbox", HttpStatusCode.Forbidden)]
    [InlineData(ClinicRoles.FrontDesk, "POST", "/api/admin/patients", HttpStatusCode.Created)]
    [InlineData(ClinicRoles.FrontDesk, "GET", "/api/admin/api-keys", HttpStatusCode.Forbidden)]
    [InlineData(ClinicRoles.FrontDesk, "PUT", "/api/admin/settings/portal-access", HttpStatusCode.Forbidden)]
    [InlineData(ClinicRoles.Admin, "GET", "/api/admin/api-keys", HttpStatusCode.OK)]
    [InlineData(ClinicRoles.Admin, "GET", "/api/admin/staff", HttpStatusCode.OK)]
    public async Task Given_a_staff_role_When_calling_an_endpoint_Then_only_the_right_roles_get_through(string role, string method, string path, HttpStatusCode expected)
    {
        var body = """{"firstName":"Ana","lastName":"Torres","preferredLanguage":"es","marketingConsent":false,"emailActivationEnabled":true,"phoneVerificationRequired":true}""";
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method != "GET")
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        var response = await factory.CreateClientAs(role).SendAsync(request);

        response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync());
    }

    private List<RouteEndpoint> StaffEndpoints() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/admin", StringComparison.Ordinal) == true)
            .ToList();

    private async Task<List<Answer>> CallEveryStaffEndpointAsync(HttpClient client)
    {
        var answers = new List<Answer>();
        foreach (var endpoint in StaffEndpoints())
        {
            var path = "/" + string.Join('/', endpoint.RoutePattern.PathSegments.Select(segment =>
                string.Concat(segment.Parts.Select(part => part switch
                {
                    Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
                    Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart { Name: "module" } => "identity",
                    _ => Guid.NewGuid().ToString(),
                }))));
            foreach (var method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                var request = new HttpRequestMessage(new HttpMethod(method), path);
                if (method is "POST" or "PUT")
                {
                    request.Content = JsonContent.Create(new { });
                }

                answers.Add(new Answer(method, path, (await client.SendAsync(request)).StatusCode));
            }
        }

        return answers;
    }

    private sealed record Answer(string Method, string Path, HttpStatusCode Status);
}
