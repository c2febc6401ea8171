using System.Net;
using System.Net.Http.Json;
using Clinic.BuildingBlocks.Abstractions;
using Clinic.Identity.Features.ApiKeys;
using Clinic.Identity.Features.ApiKeys.CreateApiKey;
using Clinic.Identity.Features.Patients;
using Clinic.Identity.Features.Patients.CreatePatient;
using Clinic.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json.Linq;

namespace Clinic.IntegrationTests.Identity;

public sealed class ApiKeyTests : IDisposable
{
    private readonly ClinicApiFactory factory = new ClinicApiFactory().WithoutBackgroundWorkers();
    private readonly HttpClient admin;

    public ApiKeyTests() => admin = factory.CreateClientAs(ClinicRoles.Admin);

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Given_an_admin_When_creating_a_key_Then_it_is_shown_once_and_only_its_hash_is_stored()
    {
        var created = await (await admin.PostAsJsonAsync("/api/admin/api-keys", new CreateApiKey("Marketing CRM", [ApiScopes.PatientsRead])))
            .ShouldBeJsonAsync<CreatedApiKey>(HttpStatusCode.Created);
        var listed = await (await admin.GetAsync("/api/admin/api-keys")).ShouldBeJsonAsync<List<ApiKeyResponse>>();
        var listedJson = await (await admin.GetAsync("/api/admin/api-keys")).Content.ReadAsStringAsync();

        created.Key.ShouldStartWith("clk_");
        created.Key.Length.ShouldBeGreaterThan(40);
        created.ApiKey.Prefix.ShouldBe(created.Key[..12]);
        created.ApiKey.CreatedBy.ShouldBe("Test Staff");
        listed.ShouldHaveSingleItem().Scopes.ShouldBe([ApiScopes.PatientsRead]);
        listedJson.ShouldNotContain(created.Key);
        var stored = await new IdentityApi(factory).QueryAsync(db => db.ApiKeys.SingleAsync());
        stored.KeyHash.ShouldNotContain(created.Key);
        stored.KeyHash.Length.ShouldBe(64);
    }

    [Fact]
    public async Task Given_a_key_with_a_scope_When_an_integrator_calls_with_it_Then_only_what_the_scope_allows_gets_through()
    {
        await admin.PostAsJsonAsync("/api/admin/patients", new CreatePatient("Ana", "Torres", "ana@example.com", null, null, null, "es", false));
        var reader = Integrator(await CreateKeyAsync(ApiScopes.PatientsRead));

        var patients = await (await reader.GetAsync("/api/admin/patients")).ShouldBeJsonAsync<List<PatientRecord>>();
        var write = await reader.PostAsJsonAsync("/api/admin/patients", new CreatePatient("Ben", "Ruiz", null, null, null, null, "es", false));
        var catalog = await reader.GetAsync("/api/admin/catalog");
        var staffOnly = await reader.GetAsync("/api/admin/staff");

        patients.ShouldHaveSingleItem().Profile.Email.ShouldBe("ana@example.com");
        write.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        catalog.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        staffOnly.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Given_a_key_with_write_scope_When_it_creates_a_patient_Then_no_antiforgery_token_is_needed()
    {
        var writer = Integrator(await CreateKeyAsync(ApiScopes.PatientsWrite, ApiScopes.CatalogRead));

        (await writer.PostAsJsonAsync("/api/admin/patients", new CreatePatient("Ben", "Ruiz", null, null, null, null, "es", false)))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await writer.GetAsync("/api/admin/catalog")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Given_a_revoked_or_made_up_key_When_used_Then_401()
    {
        var created = await (await admin.PostAsJsonAsync("/api/admin/api-keys", new CreateApiKey("Old CRM", [ApiScopes.PatientsRead])))
            .ShouldBeJsonAsync<CreatedApiKey>(HttpStatusCode.Created);
        (await Integrator(created.Key).GetAsync("/api/admin/patients")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await admin.PostAsync($"/api/admin/api-keys/{created.ApiKey.Id}/revoke", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var revoked = await Integrator(created.Key).GetAsync("/api/admin/patients");
        revoked.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        revoked.Headers.WwwAuthenticate.ToString().ShouldContain("X-Api-Key");
        (await Integrator("clk_made-up").GetAsync("/api/admin/patients")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await (await admin.GetAsync("/api/admin/api-keys")).ShouldBeJsonAsync<List<ApiKeyResponse>>()).Single().RevokedAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task Given_keys_When_managed_by_anyone_but_an_admin_or_with_unknown_scopes_Then_refused()
    {
        (await factory.CreateClientAs(ClinicRoles.FrontDesk).PostAsJsonAsync("/api/admin/api-keys", new CreateApiKey("CRM", [ApiScopes.PatientsRead])))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Integrator(await CreateKeyAsync(ApiScopes.PatientsWrite)).PostAsJsonAsync("/api/admin/api-keys", new CreateApiKey("Escalation", [ApiScopes.PatientsRead])))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await admin.PostAsJsonAsync("/api/admin/api-keys", new CreateApiKey("", ["everything"]))).ShouldBeValidationProblemAsync())
            .Errors.Keys.ShouldBe(["name", "scopes"], ignoreOrder: true);
        (await admin.PostAsync($"/api/admin/api-keys/{Guid.NewGuid()}/revoke", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_the_openapi_document_When_read_Then_it_declares_the_api_key_and_session_schemes_and_where_each_applies()
    {
        var document = JToken.Parse(await factory.CreateClient().GetStringAsync("/swagger/v1/swagger.json"));

        var schemes = document["components"]!["securitySchemes"]!;
        schemes["apiKey"]!["type"]!.ToString().ShouldBe("apiKey");
        schemes["apiKey"]!["in"]!.ToString().ShouldBe("header");
        schemes["apiKey"]!["name"]!.ToString().ShouldBe("X-Api-Key");
        schemes["session"]!["in"]!.ToString().ShouldBe("cookie");
        SchemesOf(document, "/api/admin/patients", "get").ShouldBe(["session", "apiKey"]);
        SchemesOf(document, "/api/admin/staff", "get").ShouldBe(["session"]);
        SchemesOf(document, "/api/catalog/categories", "get").ShouldBeEmpty();
        document["paths"]!["/api/admin/patients"]!["get"]!["description"]!.ToString().ShouldContain("patients:read");
    }

    private static List<string> SchemesOf(JToken document, string path, string method) =>
        (document["paths"]![path]![method]!["security"] as JArray ?? [])
        .SelectMany(requirement => ((JObject)requirement).Properties().Select(p => p.Name))
        .ToList();

    private async Task<string> CreateKeyAsync(params string[] scopes) =>
        (await (await admin.PostAsJsonAsync("/api/admin/api-keys", new CreateApiKey("Integration", scopes))).ShouldBeJsonAsync<CreatedApiKey>(HttpStatusCode.Created)).Key;

    private HttpClient Integrator(string key)
    {
        // A plain server-to-server client: no cookies, no antiforgery token, just the key header.
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }
}
