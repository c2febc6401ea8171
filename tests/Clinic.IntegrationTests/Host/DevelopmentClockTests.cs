using System.Globalization;
using System.Net.Http.Json;
using Clinic.BuildingBlocks.Abstractions;
using Clinic.IntegrationTests.Availability;
using Clinic.IntegrationTests.Catalog;
using Clinic.IntegrationTests.Infrastructure;
using Clinic.Scheduling.Features.Availability.SearchAvailability;
using Clinic.Scheduling.Features.Schedules;
using Clinic.Scheduling.Features.Schedules.SetWeeklyHours;

namespace Clinic.IntegrationTests.Host;

/// <summary>
/// <c>Clock:StartAt</c> moves the whole product to another day (the browser tests run on it): the host's "now"
/// starts at that instant, whatever the machine's date.
/// </summary>
public sealed class DevelopmentClockTests : IDisposable
{
    // Three weeks after the suite's Monday, 09:00 in Madrid: a day the machine's clock is not on.
    private static readonly DateOnly Day = AvailabilityScenario.Day(21);
    private static readonly DateTimeOffset StartAt = TestClock.At(AvailabilityScenario.Madrid, Day, new TimeOnly(9, 0));

    private readonly ClinicApiFactory factory = new ClinicApiFactory().With("Clock:StartAt", StartAt.ToString("O", CultureInfo.InvariantCulture));

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Given_a_development_clock_start_When_a_patient_searches_that_day_Then_times_before_the_notice_from_that_instant_are_not_offered()
    {
        var admin = factory.CreateClientAs(ClinicRoles.Admin);
        var api = new CatalogApi(admin);
        var location = await api.CreateLocationAsync();
        var service = await api.CreateServiceAsync((await api.CreateCategoryAsync()).Id, minutes: 60);
        var provider = await api.CreateProviderAsync("Ana", [service.Id], [location.Id]);
        var day = new WorkingDay(Day.DayOfWeek, [new TimeRange("09:00", "14:00")]);
        (await admin.PutAsJsonAsync($"/api/admin/schedules/providers/{provider.Id}/locations/{location.Id}/weekly-hours", new SetWeeklyHours([day])))
            .EnsureSuccessStatusCode();

        var iso = Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var result = await (await factory.CreateClient().GetAsync($"/api/availability?locationId={location.Id}&serviceIds={service.Id}&from={iso}&to={iso}"))
            .ShouldBeJsonAsync<AvailabilityResponse>();

        // By the configured clock it is a little after 09:00 there (the clock runs), and two hours' notice are required;
        // by the machine's clock that day is weeks away and 09:00 would be offered.
        result.Days.Single().Slots.First().LocalTime.ShouldBeOneOf("11:00", "11:15");
    }
}
