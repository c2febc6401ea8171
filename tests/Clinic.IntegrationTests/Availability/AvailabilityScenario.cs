using System.Net;
using System.Net.Http.Json;
using Clinic.BuildingBlocks.Abstractions;
using Clinic.IntegrationTests.Catalog;
using Clinic.IntegrationTests.Infrastructure;
using Clinic.Scheduling.Features.Schedules;
using Clinic.Scheduling.Features.Schedules.SetWeeklyHours;

namespace Clinic.IntegrationTests.Availability;

/// <summary>
/// A small clinic built through the staff API with its clock stopped at "now": 09:00 in Madrid on the Monday of
/// the week that holds the suite's now (<see cref="TestClock"/>), so every date below is relative to it.
/// Ana performs A and B, Bea performs A, Cris performs C; all work weekdays 09:00–14:00 and 16:00–19:00.
/// </summary>
internal sealed class AvailabilityScenario
{
    public const string Madrid = "Europe/Madrid";

    public static readonly DateTimeOffset Now = TestClock.MondayOfWeek(Madrid, new TimeOnly(9, 0));

    /// <summary>The scenario's "today", a Monday.</summary>
    public static readonly DateOnly Monday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Now, TimeZoneInfo.FindSystemTimeZoneById(Madrid)).DateTime);

    /// <summary>The date <paramref name="days"/> after the scenario's Monday.</summary>
    public static DateOnly Day(int days) => Monday.AddDays(days);

    /// <summary>The date as the API writes it, yyyy-MM-dd.</summary>
    public static string Iso(int days) => Day(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A wall-clock time in Madrid, <paramref name="days"/> after the scenario's Monday.</summary>
    public static DateTimeOffset At(int days, int hour, int minute = 0) => TestClock.At(Madrid, Day(days), new TimeOnly(hour, minute));

    private AvailabilityScenario(ClinicApiFactory factory) => Factory = factory;

    public ClinicApiFactory Factory { get; }

    public HttpClient Admin { get; private set; } = null!;

    public HttpClient Public { get; private set; } = null!;

    public Guid Location { get; private set; }

    public Guid ServiceA { get; private set; }

    public Guid ServiceB { get; private set; }

    public Guid ServiceC { get; private set; }

    public Guid Ana { get; private set; }

    public Guid Bea { get; private set; }

    public Guid Cris { get; private set; }

    public static async Task<AvailabilityScenario> CreateAsync(ClinicApiFactory factory, string timeZone = Madrid)
    {
        var scenario = new AvailabilityScenario(factory.WithFakeClock(Now));
        scenario.Admin = factory.CreateClientAs(ClinicRoles.Admin);
        scenario.Public = factory.CreateBrowserClient();
        var api = new CatalogApi(scenario.Admin);
        scenario.Location = (await api.CreateLocationAsync("Sede Centro", timeZone)).Id;
        var category = await api.CreateCategoryAsync();
        scenario.ServiceA = (await api.CreateServiceAsync(category.Id, "Limpieza", minutes: 60)).Id;
        scenario.ServiceB = (await api.CreateServiceAsync(category.Id, "Peeling", minutes: 30)).Id;
        scenario.ServiceC = (await api.CreateServiceAsync(category.Id, "Láser", minutes: 30)).Id;
        scenario.Ana = (await api.CreateProviderAsync("Ana", [scenario.ServiceA, scenario.ServiceB], [scenario.Location])).Id;
        scenario.Bea = (await api.CreateProviderAsync("Bea", [scenario.ServiceA], [scenario.Location])).Id;
        scenario.Cris = (await api.CreateProviderAsync("Cris", [scenario.ServiceC], [scenario.Location])).Id;
        foreach (var provider in new[] { scenario.Ana, scenario.Bea, scenario.Cris })
        {
            await scenario.SetWeekdaysAsync(provider, new TimeRange("09:00", "14:00"), new TimeRange("16:00", "19:00"));
        }

        return scenario;
    }

    public async Task SetWeekdaysAsync(Guid provider, params TimeRange[] intervals)
    {
        var days = new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .Select(d => new WorkingDay(d, intervals)).ToList();
        var response = await Admin.PutAsJsonAsync($"/api/admin/schedules/providers/{provider}/locations/{Location}/weekly-hours", new SetWeeklyHours(days));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    public string SearchUrl(string from, string to, Guid? provider, params Guid[] services) =>
        $"/api/availability?locationId={Location}&from={from}&to={to}"
        + string.Concat(services.Select(s => $"&serviceIds={s}"))
        + (provider is null ? "" : $"&providerId={provider}");
}
