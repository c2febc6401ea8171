using System.Net;
using System.Net.Http.Json;
using Clinic.IntegrationTests.Infrastructure;
using Clinic.Scheduling.Domain.Appointments;
using Clinic.Scheduling.Domain.Schedules;
using Clinic.Scheduling.Features.Availability.ListAvailableDates;
using Clinic.Scheduling.Features.Availability.SearchAvailability;
using Clinic.Scheduling.Features.Schedules;
using Clinic.Scheduling.Features.Schedules.AddScheduleException;
using Clinic.Scheduling.Features.Schedules.UpdateBookingSettings;
using Clinic.Scheduling.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Clinic.IntegrationTests.Availability;

public sealed class AvailabilitySearchTests : IAsyncLifetime
{
    private readonly ClinicApiFactory factory = new();
    private AvailabilityScenario clinic = null!;

    public async Task InitializeAsync() => clinic = await AvailabilityScenario.CreateAsync(factory);

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    private async Task<AvailabilityResponse> SearchAsync(string from, string to, Guid? provider, params Guid[] services) =>
        await (await clinic.Public.GetAsync(clinic.SearchUrl(from, to, provider, services))).ShouldBeJsonAsync<AvailabilityResponse>();

    [Fact]
    public async Task Given_two_providers_for_a_service_When_first_available_is_searched_Then_both_are_offered_and_notice_is_respected_today()
    {
        var result = await SearchAsync(AvailabilityScenario.Iso(0), AvailabilityScenario.Iso(1), null, clinic.ServiceA);

        result.TimeZone.ShouldBe("Europe/Madrid");
        result.DurationMinutes.ShouldBe(60);
        var today = result.Days.Single(d => d.Date == AvailabilityScenario.Monday);
        today.Slots.First().LocalTime.ShouldBe("11:00", "now is 09:00 in Madrid and two hours' notice are required");
        today.Slots.Last().LocalTime.ShouldBe("18:00");
        today.Slots.Select(s => s.LocalTime).ShouldNotContain("13:15", "a 60-minute treatment must end by 14:00");
        today.Slots.First().ProviderIds.ShouldBe([clinic.Ana, clinic.Bea], ignoreOrder: true);
        today.Slots.First().StartsAt.ShouldBe(AvailabilityScenario.At(0, 11));
        result.Providers.Select(p => p.DisplayName).ShouldBe(["Ana", "Bea"], ignoreOrder: true);
    }

    [Fact]
    public async Task Given_a_cart_of_two_services_When_searched_Then_only_the_provider_who_performs_both_is_offered_for_the_whole_window()
    {
        var result = await SearchAsync(AvailabilityScenario.Iso(1), AvailabilityScenario.Iso(1), null, clinic.ServiceA, clinic.ServiceB);

        // 60 min + 10 min buffer between + 30 min = 100 minutes of treatment, ending by 14:00 / 19:00.
        result.DurationMinutes.ShouldBe(100);
        var slots = result.Days.Single().Slots;
        slots.ShouldAllBe(s => s.ProviderIds.Count == 1 && s.ProviderIds[0] == clinic.Ana);
        slots.Select(s => s.LocalTime).ShouldContain("12:15");
        slots.Select(s => s.LocalTime).ShouldNotContain("12:30");
        slots.Last().LocalTime.ShouldBe("17:15");
    }

    [Fact]
    public async Task Given_a_specific_provider_When_searched_Then_only_their_slots_are_returned()
    {
        var result = await SearchAsync(AvailabilityScenario.Iso(1), AvailabilityScenario.Iso(1), clinic.Bea, clinic.ServiceA);

        result.Days.Single().Slots.ShouldAllBe(s => s.ProviderIds.Single() == clinic.Bea && s.SuggestedProviderId == clinic.Bea);
    }

    [Fact]
    public async Task Given_services_no_single_provider_performs_When_searched_Then_422_says_which_to_book_separately()
    {
        var response = await clinic.Public.GetAsync(clinic.SearchUrl(AvailabilityScenario.Iso(1), AvailabilityScenario.Iso(1), null, clinic.ServiceA, clinic.ServiceC));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.Detail.ShouldBe("No single provider performs all of these services, so they are booked separately: Limpieza; Láser.");
        problem.Extensions["bookSeparately"]!.ToString()!.ShouldContain(clinic.ServiceC.ToString());
    }

    [Fact]
    public async Task Given_a_provider_who_does_not_perform_a_service_in_the_cart_When_searched_Then_422_names_it()
    {
        var problem = await (await clinic.Public.GetAsync(clinic.SearchUrl(AvailabilityScenario.Iso(1), AvailabilityScenario.Iso(1), clinic.Bea, clinic.ServiceA, clinic.ServiceB)))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        problem.Detail.ShouldBe("Bea does not perform Peeling. Choose another provider or first available.");
    }

    [Fact]
    public async Task Given_appointments_and_holds_When_searched_Then_their_time_and_buffers_are_busy_but_expired_holds_are_not()
    {
        var day = AvailabilityScenario.Day(2);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
            db.Appointments.Add(Appointment.Book(Guid.NewGuid(), "Paciente", clinic.Bea, clinic.Location, Local(day, 10, 0),
                [new AppointmentService(0, clinic.ServiceA, "Limpieza", 60, 10, 6500, "EUR")], 0, AvailabilityScenario.Now, "staff", null));
            db.SlotHolds.Add(SlotHold.Place(clinic.Bea, clinic.Location, [clinic.ServiceA], Local(day, 12, 0), Local(day, 13, 0), Local(day, 13, 0), AvailabilityScenario.Now.AddMinutes(10), ""));
            db.SlotHolds.Add(SlotHold.Place(clinic.Bea, clinic.Location, [clinic.ServiceA], Local(day, 16, 0), Local(day, 17, 0), Local(day, 17, 0), AvailabilityScenario.Now.AddMinutes(-1), ""));
            await db.SaveChangesAsync();
        }

        var slots = (await SearchAsync(AvailabilityScenario.Iso(2), AvailabilityScenario.Iso(2), clinic.Bea, clinic.ServiceA)).Days.Single().Slots.Select(s => s.LocalTime).ToList();

        slots.ShouldNotContain("09:00", "with its own 10-minute buffer it would occupy Bea until 10:10, into the 10:00 appointment");
        slots.ShouldNotContain("11:00", "the appointment's 10-minute buffer runs until 11:10");
        slots.ShouldNotContain("11:15", "it would run into the unexpired hold at 12:00");
        slots.ShouldNotContain("12:00", "an unexpired hold is busy");
        slots.ShouldContain("13:00");
        slots.ShouldContain("16:00", "an expired hold frees the slot by itself");
    }

    [Fact]
    public async Task Given_time_off_and_a_closure_When_the_month_is_listed_Then_those_dates_have_no_slots()
    {
        (await clinic.Admin.PostAsJsonAsync("/api/admin/schedules/exceptions",
                new AddScheduleException(ScheduleExceptionKind.LocationClosed, null, clinic.Location, AvailabilityScenario.Day(8), null, "Inmaculada Concepción")))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await clinic.Admin.PostAsJsonAsync("/api/admin/schedules/exceptions",
                new AddScheduleException(ScheduleExceptionKind.TimeOff, clinic.Ana, null, AvailabilityScenario.Day(9), null, "Vacaciones")))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        // The days checked may fall in two calendar months: list each month they touch.
        var months = new[] { 5, 7, 8, 9 }.Select(d => AvailabilityScenario.Day(d).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)).Distinct();
        var listed = new List<AvailableDate>();
        foreach (var month in months)
        {
            listed.AddRange((await (await clinic.Public.GetAsync($"/api/availability/dates?locationId={clinic.Location}&serviceIds={clinic.ServiceB}&month={month}"))
                .ShouldBeJsonAsync<AvailableDatesResponse>()).Dates);
        }

        var dates = listed.Select(d => d.Date).ToList();
        dates.ShouldContain(AvailabilityScenario.Day(7));
        dates.ShouldNotContain(AvailabilityScenario.Day(8), "the location is closed");
        dates.ShouldNotContain(AvailabilityScenario.Day(9), "Ana, the only one who performs Peeling, is off");
        dates.ShouldNotContain(AvailabilityScenario.Day(5), "nobody works on Saturdays");
        listed.First(d => d.Date == AvailabilityScenario.Day(7)).SlotCount.ShouldBe(30, "19 half-hour starts from 09:00 to 13:30 and 11 from 16:00 to 18:30");
    }

    [Fact]
    public async Task Given_the_booking_horizon_When_searching_past_it_Then_422_and_a_range_that_crosses_it_is_cut()
    {
        await clinic.Admin.PutAsJsonAsync("/api/admin/schedules/booking-settings", new UpdateBookingSettings(15, 120, 10, ProviderChoiceMode.SpecificOrFirstAvailable));

        var beyond = await clinic.Public.GetAsync(clinic.SearchUrl(AvailabilityScenario.Iso(11), AvailabilityScenario.Iso(12), null, clinic.ServiceA));
        var crossing = await SearchAsync(AvailabilityScenario.Iso(8), AvailabilityScenario.Iso(20), null, clinic.ServiceA);

        (await beyond.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).Detail!.ShouldContain(AvailabilityScenario.Iso(10));
        crossing.Days.Max(d => d.Date).ShouldBe(AvailabilityScenario.Day(10));
    }

    [Fact]
    public async Task Given_a_clinic_that_requires_choosing_a_provider_When_first_available_is_searched_Then_422()
    {
        await clinic.Admin.PutAsJsonAsync("/api/admin/schedules/booking-settings", new UpdateBookingSettings(15, 120, 90, ProviderChoiceMode.SpecificOnly));

        var problem = await (await clinic.Public.GetAsync(clinic.SearchUrl(AvailabilityScenario.Iso(1), AvailabilityScenario.Iso(1), null, clinic.ServiceA)))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        problem.Detail.ShouldBe("This clinic asks patients to choose a provider. Pick one to see their availability.");
    }

    [Fact]
    public async Task Given_a_provider_at_another_location_When_searched_here_Then_422()
    {
        var elsewhere = await new Catalog.CatalogApi(clinic.Admin).CreateLocationAsync("Sede Norte");
        var problem = await (await clinic.Public.GetAsync(
                $"/api/availability?locationId={elsewhere.Id}&serviceIds={clinic.ServiceA}&providerId={clinic.Ana}&from={AvailabilityScenario.Iso(1)}&to={AvailabilityScenario.Iso(1)}"))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        problem.Detail.ShouldBe("This provider does not work at Sede Norte. Choose another provider or location.");
    }

    [Theory]
    [InlineData("from=2026-12-05&to=2026-12-01", "to")]
    [InlineData("from=2026-12-01&to=2027-03-01", "to")]
    public async Task Given_a_bad_date_range_When_searched_Then_400_names_the_field(string range, string field)
    {
        var problem = await (await clinic.Public.GetAsync($"/api/availability?locationId={clinic.Location}&serviceIds={clinic.ServiceA}&{range}"))
            .ShouldBeValidationProblemAsync();

        problem.Errors.Keys.ShouldContain(field);
    }

    [Fact]
    public async Task Given_no_services_When_searched_Then_400()
    {
        var problem = await (await clinic.Public.GetAsync($"/api/availability?locationId={clinic.Location}&from={AvailabilityScenario.Iso(1)}&to={AvailabilityScenario.Iso(1)}"))
            .ShouldBeValidationProblemAsync();

        problem.Errors["serviceIds"].ShouldBe(["Choose at least one service."]);
    }

    [Theory]
    [InlineData("from=tomorrow&to=2026-12-01")]
    [InlineData("to=2026-12-01")]
    public async Task Given_an_unreadable_or_missing_date_When_searched_Then_400_problem_not_500(string query)
    {
        await (await clinic.Public.GetAsync($"/api/availability?locationId={clinic.Location}&serviceIds={clinic.ServiceA}&{query}"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Given_unknown_ids_When_searched_Then_404_names_what_is_missing()
    {
        var unknown = Guid.NewGuid();

        var service = await (await clinic.Public.GetAsync(clinic.SearchUrl(AvailabilityScenario.Iso(1), AvailabilityScenario.Iso(1), null, unknown))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var location = await (await clinic.Public.GetAsync($"/api/availability?locationId={unknown}&serviceIds={clinic.ServiceA}&from={AvailabilityScenario.Iso(1)}&to={AvailabilityScenario.Iso(1)}"))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var provider = await (await clinic.Public.GetAsync(clinic.SearchUrl(AvailabilityScenario.Iso(1), AvailabilityScenario.Iso(1), unknown, clinic.ServiceA))).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        service.Detail.ShouldBe($"Service '{unknown}' was not found.");
        location.Detail.ShouldBe($"Location '{unknown}' was not found.");
        provider.Detail.ShouldBe($"Provider '{unknown}' was not found.");
    }

    [Fact]
    public async Task Given_more_providers_and_days_When_searched_Then_the_number_of_database_queries_does_not_change()
    {
        // The outbox and delivery dispatchers poll the same databases; on a busy machine a poll can land
        // inside either measurement, so this count is taken on a host without them.
        using var quiet = new ClinicApiFactory().WithoutBackgroundWorkers();
        var quietClinic = await AvailabilityScenario.CreateAsync(quiet);
        var api = new Catalog.CatalogApi(quietClinic.Admin);
        using var counter = new SqlCommandCounter(quiet.DataDirectory);

        async Task<AvailabilityResponse> Search(string from, string to, Guid? provider, params Guid[] services) =>
            await (await quietClinic.Public.GetAsync(quietClinic.SearchUrl(from, to, provider, services))).ShouldBeJsonAsync<AvailabilityResponse>();

        await Search(AvailabilityScenario.Iso(1), AvailabilityScenario.Iso(1), null, quietClinic.ServiceA);
        var small = counter.Count;
        for (var i = 0; i < 5; i++)
        {
            var provider = await api.CreateProviderAsync($"Extra {i}", [quietClinic.ServiceA], [quietClinic.Location]);
            await quietClinic.SetWeekdaysAsync(provider.Id, new TimeRange("08:00", "20:00"));
        }

        counter.Reset();
        var large = await Search(AvailabilityScenario.Iso(1), AvailabilityScenario.Iso(31), null, quietClinic.ServiceA);

        large.Days.Count.ShouldBeGreaterThan(15);
        counter.Count.ShouldBe(small);
    }

    private static DateTimeOffset Local(DateOnly date, int hour, int minute) =>
        TestClock.At(AvailabilityScenario.Madrid, date, new TimeOnly(hour, minute));
}
