using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Clinic.BuildingBlocks.Abstractions;
using Clinic.Identity.Features.ApiKeys.CreateApiKey;
using Clinic.IntegrationTests.Availability;
using Clinic.IntegrationTests.Infrastructure;
using Clinic.Scheduling.Features.Appointments.BookForPatient;
using Clinic.Scheduling.Features.Schedules.UpdateBookingSettings;
using Clinic.Scheduling.Domain.Schedules;

namespace Clinic.IntegrationTests.Identity;

/// <summary>Appointments and schedules are open to integrators by scope: a key without the scope gets 403, with it the call works.</summary>
public sealed class ApiKeyScopeTests : IDisposable
{
    private readonly ClinicApiFactory factory = new ClinicApiFactory().WithoutBackgroundWorkers();

    public void Dispose() => factory.Dispose();

    private async Task<HttpClient> KeyWithAsync(AvailabilityScenario clinic, params string[] scopes)
    {
        var created = await (await clinic.Admin.PostAsJsonAsync("/api/admin/api-keys", new CreateApiKey($"Clave {string.Join(' ', scopes)}", scopes)))
            .ShouldBeJsonAsync<CreatedApiKey>(HttpStatusCode.Created);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", created.Key);
        return client;
    }

    [Fact]
    public async Task Given_keys_with_and_without_the_appointments_scopes_When_they_read_and_book_Then_only_the_matching_scope_gets_through()
    {
        var clinic = await AvailabilityScenario.CreateAsync(factory);
        var reader = await KeyWithAsync(clinic, ApiScopes.AppointmentsRead);
        var writer = await KeyWithAsync(clinic, ApiScopes.AppointmentsWrite);
        var other = await KeyWithAsync(clinic, ApiScopes.PatientsRead, ApiScopes.SchedulesRead, ApiScopes.CatalogRead);
        var patient = await new IdentityApi(factory).SendAsync(new Clinic.Identity.Contracts.EnsurePatientProfile("Lucía", "Moreno", "lucia@example.com", null, "es"));
        var calendar = $"/api/admin/appointments?locationId={clinic.Location}&from={AvailabilityScenario.Iso(0)}&to={AvailabilityScenario.Iso(6)}";
        BookForPatient Booking(int hour) => new(patient.PatientId, clinic.Location, clinic.Bea, [clinic.ServiceA], AvailabilityScenario.At(2, hour), null);

        (await other.GetAsync(calendar)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await other.PostAsJsonAsync("/api/admin/appointments", Booking(10))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await reader.PostAsJsonAsync("/api/admin/appointments", Booking(10))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var booked = await writer.PostAsJsonAsync("/api/admin/appointments", Booking(10));
        booked.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await writer.GetAsync(calendar)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await reader.GetAsync(calendar)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await reader.GetAsync(booked.Headers.Location!.ToString())).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await other.GetAsync(booked.Headers.Location!.ToString())).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Given_keys_with_and_without_the_schedules_scopes_When_they_read_and_change_settings_Then_only_the_matching_scope_gets_through()
    {
        var clinic = await AvailabilityScenario.CreateAsync(factory);
        var reader = await KeyWithAsync(clinic, ApiScopes.SchedulesRead);
        var writer = await KeyWithAsync(clinic, ApiScopes.SchedulesWrite);
        var other = await KeyWithAsync(clinic, ApiScopes.AppointmentsRead, ApiScopes.AppointmentsWrite);
        var settings = new UpdateBookingSettings(15, 60, 90, ProviderChoiceMode.SpecificOrFirstAvailable);

        (await other.GetAsync("/api/admin/schedules/booking-settings")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await other.PutAsJsonAsync("/api/admin/schedules/booking-settings", settings)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await reader.PutAsJsonAsync("/api/admin/schedules/booking-settings", settings)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await reader.GetAsync("/api/admin/schedules/booking-settings")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await writer.PutAsJsonAsync("/api/admin/schedules/booking-settings", settings)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await factory.CreateClientAs(ClinicRoles.FrontDesk).GetAsync("/api/admin/schedules/booking-settings")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, "staff schedules stay Admin-only");
    }

    [Fact]
    public async Task Given_the_openapi_document_When_read_Then_every_operation_a_key_may_call_names_its_scope_in_its_security_requirement()
    {
        var document = JsonNode.Parse(await factory.CreateClient().GetStringAsync("/swagger/v1/swagger.json"))!;
        string[] Scopes(string path, string method) => document["paths"]![path]![method]!["security"]!.AsArray()
            .SelectMany(r => r!.AsObject().Where(p => p.Key == "apiKey").SelectMany(p => p.Value!.AsArray().Select(s => s!.GetValue<string>())))
            .ToArray();

        Scopes("/api/admin/appointments", "post").ShouldBe([ApiScopes.AppointmentsWrite]);
        Scopes("/api/admin/appointments", "get").ShouldBe([ApiScopes.AppointmentsRead]);
        Scopes("/api/admin/appointments/{appointmentId}/cancel", "post").ShouldBe([ApiScopes.AppointmentsWrite]);
        Scopes("/api/admin/schedules/booking-settings", "get").ShouldBe([ApiScopes.SchedulesRead]);
        Scopes("/api/admin/schedules/booking-settings", "put").ShouldBe([ApiScopes.SchedulesWrite]);
        Scopes("/api/admin/patients", "get").ShouldBe([ApiScopes.PatientsRead]);
        Scopes("/api/admin/catalog", "get").ShouldBe([ApiScopes.CatalogRead]);
        Scopes("/api/admin/webhooks/subscriptions", "post").ShouldBeEmpty("webhooks are managed by Admins in a session only");
        document["components"]!["securitySchemes"]!["apiKey"]!["description"]!.GetValue<string>().ShouldContain(ApiScopes.SchedulesWrite);
    }
}
