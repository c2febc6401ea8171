using System.Net;
using System.Net.Http.Json;
using Clinic.BuildingBlocks.Abstractions;
using Clinic.IntegrationTests.Infrastructure;
using Clinic.Scheduling.Domain.Schedules;
using Clinic.Scheduling.Features.Availability.SearchAvailability;
using Clinic.Scheduling.Features.PublicCatalog.GetClinicProfile;
using Clinic.Scheduling.Features.PublicCatalog.ListBookableCategories;
using Clinic.Scheduling.Features.Schedules;
using Clinic.Scheduling.Features.Schedules.AddScheduleException;
using Clinic.Scheduling.Features.Schedules.SetWeeklyHours;
using Clinic.Scheduling.Features.Schedules.UpdateBookingSettings;

namespace Clinic.IntegrationTests.Availability;

public sealed class ScheduleAdministrationTests : IAsyncLifetime
{
    private readonly ClinicApiFactory factory = new();
    private AvailabilityScenario clinic = null!;

    public async Task InitializeAsync() => clinic = await AvailabilityScenario.CreateAsync(factory);

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    private string WeeklyHoursUrl(Guid provider) => $"/api/admin/schedules/providers/{provider}/locations/{clinic.Location}/weekly-hours";

    [Fact]
    public async Task Given_weekly_hours_When_read_back_Then_days_come_monday_first_with_their_intervals_and_the_zone()
    {
        var saturday = new WorkingDay(DayOfWeek.Saturday, [new TimeRange("10:00", "14:00")]);
        var monday = new WorkingDay(DayOfWeek.Monday, [new TimeRange("15:00", "19:00"), new TimeRange("09:00", "13:00")]);
        (await clinic.Admin.PutAsJsonAsync(WeeklyHoursUrl(clinic.Ana), new SetWeeklyHours([saturday, monday]))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var hours = await (await clinic.Admin.GetAsync(WeeklyHoursUrl(clinic.Ana))).ShouldBeJsonAsync<WeeklyHoursResponse>();

        hours.TimeZone.ShouldBe("Europe/Madrid");
        hours.Days.Select(d => d.DayOfWeek).ShouldBe([DayOfWeek.Monday, DayOfWeek.Saturday]);
        hours.Days[0].Intervals.ShouldBe([new TimeRange("09:00", "13:00"), new TimeRange("15:00", "19:00")]);
    }

    [Fact]
    public async Task Given_overlapping_or_inverted_intervals_When_saved_Then_400_and_the_old_hours_stay()
    {
        var overlapping = new SetWeeklyHours([new WorkingDay(DayOfWeek.Monday, [new TimeRange("09:00", "13:00"), new TimeRange("12:00", "15:00")])]);
        var inverted = new SetWeeklyHours([new WorkingDay(DayOfWeek.Tuesday, [new TimeRange("18:00", "09:00")])]);
        var malformed = new SetWeeklyHours([new WorkingDay(DayOfWeek.Tuesday, [new TimeRange("9am", "25:00")])]);

        (await (await clinic.Admin.PutAsJsonAsync(WeeklyHoursUrl(clinic.Ana), overlapping)).ShouldBeValidationProblemAsync())
            .Errors["days[0].intervals"].ShouldBe(["Intervals of one day must not overlap."]);
        (await (await clinic.Admin.PutAsJsonAsync(WeeklyHoursUrl(clinic.Ana), inverted)).ShouldBeValidationProblemAsync())
            .Errors.Keys.ShouldContain("days[0].intervals[0].end");
        (await (await clinic.Admin.PutAsJsonAsync(WeeklyHoursUrl(clinic.Ana), malformed)).ShouldBeValidationProblemAsync())
            .Errors.Keys.ShouldBe(["days[0].intervals[0].start", "days[0].intervals[0].end"], ignoreOrder: true);

        var hours = await (await clinic.Admin.GetAsync(WeeklyHoursUrl(clinic.Ana))).ShouldBeJsonAsync<WeeklyHoursResponse>();
        hours.Days.Count.ShouldBe(5);
    }

    [Fact]
    public async Task Given_a_provider_who_does_not_work_at_the_location_When_hours_are_set_Then_422()
    {
        var elsewhere = await new Catalog.CatalogApi(clinic.Admin).CreateLocationAsync("Sede Norte");

        var problem = await (await clinic.Admin.PutAsJsonAsync($"/api/admin/schedules/providers/{clinic.Ana}/locations/{elsewhere.Id}/weekly-hours",
            new SetWeeklyHours([]))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        problem.Detail.ShouldBe("Ana does not work at Sede Norte; add the location to the provider first.");
    }

    [Fact]
    public async Task Given_exceptions_When_listed_and_removed_Then_the_list_reflects_them_and_availability_returns()
    {
        var day = AvailabilityScenario.Day(3);
        var created = await (await clinic.Admin.PostAsJsonAsync("/api/admin/schedules/exceptions",
                new AddScheduleException(ScheduleExceptionKind.TimeOff, clinic.Bea, null, day, new TimeRange("09:00", "14:00"), "Médico")))
            .ShouldBeJsonAsync<ScheduleExceptionResponse>(HttpStatusCode.Created);
        var before = await (await clinic.Public.GetAsync(clinic.SearchUrl(AvailabilityScenario.Iso(3), AvailabilityScenario.Iso(3), clinic.Bea, clinic.ServiceA))).ShouldBeJsonAsync<AvailabilityResponse>();

        var listed = await (await clinic.Admin.GetAsync($"/api/admin/schedules/exceptions?from={AvailabilityScenario.Iso(1)}&to={AvailabilityScenario.Iso(31)}&providerId={clinic.Bea}"))
            .ShouldBeJsonAsync<List<ScheduleExceptionResponse>>();
        (await clinic.Admin.DeleteAsync($"/api/admin/schedules/exceptions/{created.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var after = await (await clinic.Public.GetAsync(clinic.SearchUrl(AvailabilityScenario.Iso(3), AvailabilityScenario.Iso(3), clinic.Bea, clinic.ServiceA))).ShouldBeJsonAsync<AvailabilityResponse>();

        listed.Single().ShouldBe(created);
        created.Time.ShouldBe(new TimeRange("09:00", "14:00"));
        before.Days.Single().Slots.First().LocalTime.ShouldBe("16:00");
        after.Days.Single().Slots.First().LocalTime.ShouldBe("09:00");
        (await clinic.Admin.DeleteAsync($"/api/admin/schedules/exceptions/{created.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_extra_hours_without_a_time_or_time_off_with_a_location_When_added_Then_400_explains_each()
    {
        var problem = await (await clinic.Admin.PostAsJsonAsync("/api/admin/schedules/exceptions",
            new AddScheduleException(ScheduleExceptionKind.ExtraHours, clinic.Ana, clinic.Location, AvailabilityScenario.Day(5), null, null))).ShouldBeValidationProblemAsync();
        var timeOff = await (await clinic.Admin.PostAsJsonAsync("/api/admin/schedules/exceptions",
            new AddScheduleException(ScheduleExceptionKind.TimeOff, clinic.Ana, clinic.Location, AvailabilityScenario.Day(5), null, null))).ShouldBeValidationProblemAsync();

        problem.Errors["time"].ShouldBe(["Extra hours need a start and an end."]);
        timeOff.Errors["locationId"].ShouldBe(["Time off applies at every location; leave the location empty."]);
    }

    [Fact]
    public async Task Given_booking_settings_When_changed_Then_the_public_profile_shows_them_and_bad_values_are_refused()
    {
        var updated = await (await clinic.Admin.PutAsJsonAsync("/api/admin/schedules/booking-settings",
            new UpdateBookingSettings(30, 60, 30, ProviderChoiceMode.FirstAvailableOnly))).ShouldBeJsonAsync<BookingSettingsResponse>();
        var profile = await (await clinic.Public.GetAsync("/api/catalog/clinic")).ShouldBeJsonAsync<ClinicProfile>();
        var refused = await (await clinic.Admin.PutAsJsonAsync("/api/admin/schedules/booking-settings",
            new UpdateBookingSettings(7, -1, 0, ProviderChoiceMode.SpecificOnly))).ShouldBeValidationProblemAsync();

        profile.Booking.ShouldBe(updated);
        refused.Errors.Keys.ShouldBe(["slotIntervalMinutes", "minimumNoticeMinutes", "horizonDays"], ignoreOrder: true);
        (await (await clinic.Admin.GetAsync("/api/admin/schedules/booking-settings")).ShouldBeJsonAsync<BookingSettingsResponse>()).ShouldBe(updated);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(ClinicRoles.FrontDesk)]
    public async Task Given_someone_who_is_not_an_admin_When_changing_schedules_Then_refused(string? role)
    {
        var client = role is null ? factory.CreateClient() : factory.CreateClientAs(role);

        var response = await client.PutAsJsonAsync(WeeklyHoursUrl(clinic.Ana), new SetWeeklyHours([]));

        response.StatusCode.ShouldBe(role is null ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden);
    }
}

public sealed class DemoScheduleTests : IDisposable
{
    private readonly ClinicApiFactory factory = new ClinicApiFactory().WithDemoData();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Given_the_demo_clinic_When_a_patient_searches_the_next_two_weeks_Then_every_bookable_service_has_slots_in_its_location_zone()
    {
        var client = factory.CreateClient();
        var profile = await (await client.GetAsync("/api/catalog/clinic")).ShouldBeJsonAsync<ClinicProfile>();
        var services = (await (await client.GetAsync("/api/catalog/categories")).ShouldBeJsonAsync<List<BookableCategory>>()).SelectMany(c => c.Services).ToList();
        foreach (var service in services)
        {
            var found = false;
            foreach (var location in profile.Locations)
            {
                // The host's clock starts at the suite's now; "today" is the location's own date.
                var from = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(TestClock.Now, TimeZoneInfo.FindSystemTimeZoneById(location.TimeZone)).DateTime);
                var response = await client.GetAsync($"/api/availability?locationId={location.Id}&serviceIds={service.Id}&from={from:yyyy-MM-dd}&to={from.AddDays(13):yyyy-MM-dd}");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    var result = await response.ShouldBeJsonAsync<AvailabilityResponse>();
                    result.TimeZone.ShouldBe(location.TimeZone);
                    found |= result.Days.Count > 0;
                }
            }

            found.ShouldBeTrue($"{service.Name} should be bookable somewhere in the demo clinic");
        }
    }
}
