using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Outbox;
using Clinic.Identity.Features.ApiKeys.CreateApiKey;
using Clinic.Identity.Features.Patients;
using Clinic.Identity.Features.Patients.CreatePatient;
using Clinic.Identity.Persistence;
using Clinic.IntegrationTests.Availability;
using Clinic.IntegrationTests.Infrastructure;
using Clinic.Scheduling.Features.Appointments;
using Clinic.Scheduling.Features.Appointments.BookForPatient;
using Clinic.Scheduling.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Clinic.IntegrationTests.Integrations;

/// <summary>
/// What a new integrator does, end to end over HTTP: read /swagger for the scope an operation needs, get a key with it,
/// subscribe a webhook, book an appointment with the key, and receive a signed appointment.booked.
/// </summary>
public sealed class IntegratorJourneyTests : IDisposable
{
    private readonly WebhookReceiver receiver = new();
    private readonly ClinicApiFactory factory = new ClinicApiFactory().AllowingLocalReceivers();

    public void Dispose()
    {
        factory.Dispose();
        receiver.Dispose();
    }

    [Fact]
    public async Task Given_a_new_integrator_When_they_get_a_scoped_key_subscribe_and_book_Then_they_receive_a_signed_appointment_booked_for_that_booking()
    {
        var clinic = await AvailabilityScenario.CreateAsync(factory);
        var document = JsonNode.Parse(await factory.CreateClient().GetStringAsync("/swagger/v1/swagger.json"))!;
        var bookScopes = document["paths"]!["/api/admin/appointments"]!["post"]!["security"]!.AsArray()
            .SelectMany(requirement => requirement!.AsObject().Where(r => r.Key == "apiKey").SelectMany(r => r.Value!.AsArray().Select(s => s!.GetValue<string>())))
            .ToList();
        var key = await (await clinic.Admin.PostAsJsonAsync("/api/admin/api-keys", new CreateApiKey("Agenda del CRM", [.. bookScopes, ApiScopes.PatientsWrite, ApiScopes.AppointmentsRead])))
            .ShouldBeJsonAsync<CreatedApiKey>(HttpStatusCode.Created);
        var subscription = await clinic.Admin.SubscribeAsync(receiver.Url, "appointment.booked", "patient.created");
        var integrator = factory.CreateClient();
        integrator.DefaultRequestHeaders.Add("X-Api-Key", key.Key);

        var patient = await (await integrator.PostAsJsonAsync("/api/admin/patients", new CreatePatient("Lucía", "Moreno", "lucia.moreno@example.com", "612 345 678", null, null, "es", false)))
            .ShouldBeJsonAsync<PatientRecord>(HttpStatusCode.Created);
        var booked = await (await integrator.PostAsJsonAsync("/api/admin/appointments",
                new BookForPatient(patient.Profile.Id, clinic.Location, clinic.Bea, [clinic.ServiceA], AvailabilityScenario.At(2, 11), "Reservado desde el CRM")))
            .ShouldBeJsonAsync<AppointmentDetails>(HttpStatusCode.Created);
        await factory.Services.GetRequiredService<OutboxProcessor<IdentityDbContext>>().ProcessBatchAsync(CancellationToken.None);
        await factory.Services.GetRequiredService<OutboxProcessor<SchedulingDbContext>>().ProcessBatchAsync(CancellationToken.None);
        await factory.SendDueWebhooksAsync();

        bookScopes.ShouldBe([ApiScopes.AppointmentsWrite]);
        var messages = receiver.Requests.ToDictionary(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("type").GetString()!);
        messages.Keys.Order().ShouldBe(["appointment.booked", "patient.created"]);
        var appointmentBooked = messages["appointment.booked"];
        StandardWebhooksVerifier.Verifies(appointmentBooked, subscription.Secret, factory.Clock!.GetUtcNow()).ShouldBeTrue();
        var data = JsonDocument.Parse(appointmentBooked.Body).RootElement.GetProperty("data");
        (data.GetProperty("appointmentId").GetGuid(), data.GetProperty("patientId").GetGuid(), data.GetProperty("bookedBy").GetString())
            .ShouldBe((booked.Id, patient.Profile.Id, "staff"));
        data.GetProperty("startsAt").GetDateTimeOffset().ShouldBe(AvailabilityScenario.At(2, 11));
        JsonDocument.Parse(messages["patient.created"].Body).RootElement.GetProperty("data").GetProperty("patientId").GetGuid().ShouldBe(patient.Profile.Id);
        StandardWebhooksVerifier.Verifies(messages["patient.created"], subscription.Secret, factory.Clock!.GetUtcNow()).ShouldBeTrue();

        // With the id from the webhook, the integrator reads the appointment through the API (appointments:read).
        var read = await (await integrator.GetAsync($"/api/admin/appointments/{data.GetProperty("appointmentId").GetGuid()}")).ShouldBeJsonAsync<AppointmentDetails>();
        read.History[0].By.ShouldBe("API key 'Agenda del CRM'");
    }
}
