using System.Net;
using System.Net.Http.Json;
using Clinic.BuildingBlocks.Abstractions;
using Clinic.IntegrationTests.Availability;
using Clinic.IntegrationTests.Identity;
using Clinic.IntegrationTests.Infrastructure;
using Clinic.Scheduling.Domain.Schedules;
using Clinic.Scheduling.Features.Appointments;
using Clinic.Scheduling.Features.Appointments.CancelAppointment;
using Clinic.Scheduling.Features.Availability.SearchAvailability;
using Clinic.Scheduling.Features.Booking.ConfirmBooking;
using Clinic.Scheduling.Features.Booking.PlaceSlotHold;
using Clinic.Scheduling.Features.Schedules.UpdateBookingSettings;

namespace Clinic.IntegrationTests.Booking;

/// <summary>
/// Availability and the double-booking guard must agree on what is free: every time /book offers can be held,
/// whatever state the day's appointments are in (issue #18, item 1: phantom slots).
/// </summary>
public sealed class OfferedTimesCanBeHeldTests : IAsyncLifetime
{
    private readonly ClinicApiFactory factory = new ClinicApiFactory().WithoutBackgroundWorkers();
    private AvailabilityScenario clinic = null!;
    private BookingFlow flow = null!;
    private HttpClient lucia = null!;
    private HttpClient desk = null!;

    public async Task InitializeAsync()
    {
        clinic = await AvailabilityScenario.CreateAsync(factory);
        flow = new BookingFlow(clinic);
        lucia = await new IdentityApi(factory).RegisteredPatientAsync("lucia@example.com", "Lucía", "Moreno");
        desk = factory.CreateClientAs(ClinicRoles.FrontDesk);
        // No notice: the times right after "now" are offered, which is where a visit finished early leaves its rest.
        (await clinic.Admin.PutAsJsonAsync("/api/admin/schedules/booking-settings",
            new UpdateBookingSettings(15, 0, 90, ProviderChoiceMode.SpecificOrFirstAvailable))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    private async Task<Guid> BookAsync(DateTimeOffset start, Guid provider, Guid service)
    {
        var hold = await flow.HoldAsync(lucia, start, provider, service);
        return (await (await BookingFlow.ConfirmAsync(lucia, BookingFlow.Booking(hold, null, null))).ShouldBeJsonAsync<BookingConfirmation>())
            .Appointments.Single().AppointmentId;
    }

    private async Task StaffAsync(Guid appointment, string action) =>
        await (await desk.PostAsync($"/api/admin/appointments/{appointment}/{action}", null)).ShouldBeJsonAsync<AppointmentDetails>();

    private void ClockAt(int hour, int minute) => factory.Clock!.SetUtcNow(AvailabilityScenario.At(0, hour, minute));

    /// <summary>Searches today as /book does and tries to hold every offered time (releasing each again); returns the refused ones.</summary>
    private async Task<List<string>> OfferedButRefusedAsync(Guid? provider, Guid service)
    {
        var browser = factory.CreateBrowserClient();
        var offered = (await (await browser.GetAsync(clinic.SearchUrl(AvailabilityScenario.Iso(0), AvailabilityScenario.Iso(0), provider, service)))
            .ShouldBeJsonAsync<AvailabilityResponse>()).Days.SelectMany(d => d.Slots).ToList();
        offered.ShouldNotBeEmpty();
        var refused = new List<string>();
        foreach (var slot in offered)
        {
            var response = await browser.PostAsJsonAsync("/api/booking/holds", new PlaceSlotHold(clinic.Location, [service], provider, slot.StartsAt));
            if (response.StatusCode != HttpStatusCode.Created)
            {
                refused.Add($"{slot.LocalTime} ({(int)response.StatusCode})");
                continue;
            }

            var hold = await response.Content.ReadFromJsonAsync<SlotHoldResponse>();
            var release = new HttpRequestMessage(HttpMethod.Delete, $"/api/booking/holds/{hold!.HoldId}") { Headers = { { "X-Hold-Token", hold.HoldToken } } };
            (await browser.SendAsync(release)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        return refused;
    }

    [Fact]
    public async Task Given_a_visit_completed_before_its_scheduled_end_When_the_rest_of_its_time_is_searched_Then_it_is_not_offered_and_every_offered_time_can_be_held()
    {
        var visit = await BookAsync(AvailabilityScenario.At(0, 10), clinic.Bea, clinic.ServiceA);
        ClockAt(10, 0);
        await StaffAsync(visit, "start");
        ClockAt(10, 20);
        await StaffAsync(visit, "complete");

        var times = (await (await clinic.Public.GetAsync(clinic.SearchUrl(AvailabilityScenario.Iso(0), AvailabilityScenario.Iso(0), clinic.Bea, clinic.ServiceA)))
            .ShouldBeJsonAsync<AvailabilityResponse>()).Days.SelectMany(d => d.Slots).Select(s => s.LocalTime).ToList();

        // The visit keeps its time, buffer included (10:00–11:10): the next start on the 15-minute grid is 11:15.
        times.First().ShouldBe("11:15");
        (await OfferedButRefusedAsync(clinic.Bea, clinic.ServiceA)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_a_day_with_appointments_in_every_state_and_a_live_hold_When_every_offered_time_is_held_Then_none_is_refused()
    {
        var completedEarly = await BookAsync(AvailabilityScenario.At(0, 10), clinic.Bea, clinic.ServiceA);
        var missed = await BookAsync(AvailabilityScenario.At(0, 10), clinic.Ana, clinic.ServiceA);
        var inProgress = await BookAsync(AvailabilityScenario.At(0, 10), clinic.Cris, clinic.ServiceC);
        var cancelled = await BookAsync(AvailabilityScenario.At(0, 12), clinic.Bea, clinic.ServiceA);
        await BookAsync(AvailabilityScenario.At(0, 12), clinic.Ana, clinic.ServiceB);
        await flow.HoldAsync(factory.CreateBrowserClient(), AvailabilityScenario.At(0, 13), clinic.Cris, clinic.ServiceC);
        (await desk.PostAsJsonAsync($"/api/admin/appointments/{cancelled}/cancel", new CancelAppointment(false, null))).StatusCode.ShouldBe(HttpStatusCode.OK);
        ClockAt(10, 0);
        await StaffAsync(completedEarly, "start");
        await StaffAsync(inProgress, "start");
        ClockAt(10, 5);
        await StaffAsync(missed, "no-show");
        ClockAt(10, 15);
        await StaffAsync(completedEarly, "complete");

        var refused = new Dictionary<string, List<string>>
        {
            ["Ana A"] = await OfferedButRefusedAsync(clinic.Ana, clinic.ServiceA),
            ["Ana B"] = await OfferedButRefusedAsync(clinic.Ana, clinic.ServiceB),
            ["Bea A"] = await OfferedButRefusedAsync(clinic.Bea, clinic.ServiceA),
            ["Cris C"] = await OfferedButRefusedAsync(clinic.Cris, clinic.ServiceC),
            ["first available A"] = await OfferedButRefusedAsync(null, clinic.ServiceA),
        };

        refused.Where(r => r.Value.Count > 0).Select(r => $"{r.Key}: {string.Join(", ", r.Value)}").ShouldBeEmpty();
    }
}
