using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Clinic.Identity.Features.Settings.UpdatePortalAccessSettings;
using Clinic.IntegrationTests.Availability;
using Clinic.IntegrationTests.Booking;
using Clinic.IntegrationTests.Catalog;
using Clinic.IntegrationTests.Infrastructure;
using Clinic.Scheduling.Features.Booking.PlaceSlotHold;
using Clinic.Scheduling.Features.Schedules;
using Clinic.Scheduling.Features.Appointments.ListCalendar;

// Booking commits per second on the embedded SQLite set-up, through the real HTTP pipeline (in-process
// test server: no sockets, so the number is the application and the database, not the network).
// Phase 1 holds W + N distinct slots; phase 2 confirms W of them untimed (warm-up: JIT, connection and
// query caches), then the N others with C concurrent clients, timed. Then every provider's appointments
// are checked pairwise for overlaps.
var bookings = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 2000;
var concurrency = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 32;
var warmUp = Math.Min(200, bookings / 10);

// The in-process host needs to know where Clinic.Host's content root is when run outside the test runner.
var repository = new DirectoryInfo(AppContext.BaseDirectory);
while (!File.Exists(Path.Combine(repository.FullName, "Clinic.sln")))
{
    repository = repository.Parent!;
}

Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_CLINIC_HOST", Path.Combine(repository.FullName, "src", "Host", "Clinic.Host"));
// Event delivery (emails, SMS, welcome) runs after the commit, on its own schedule: it is paused so the
// timing is the booking itself. Logging is kept to warnings so the console is not what is measured.
using var factory = new ClinicApiFactory()
    .With("Outbox:RunDispatchers", "false")
    .With("Notifications:Delivery:RunSender", "false")
    .With("Serilog:MinimumLevel:Default", "Warning")
    .With("Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware", "Warning")
    .With("Serilog:MinimumLevel:Override:Clinic", "Warning");
var clinic = await AvailabilityScenario.CreateAsync(factory);
var admin = clinic.Admin;
(await admin.PutAsJsonAsync("/api/admin/settings/portal-access", new UpdatePortalAccessSettings(true, PhoneVerificationRequired: false, null)))
    .EnsureSuccessStatusCode();

// 20 providers performing service A, each working 08:00–20:00 every weekday: 48 quarter-hour starts a day.
var api = new CatalogApi(admin);
var providers = new List<Guid>();
for (var i = 0; i < 20; i++)
{
    var provider = await api.CreateProviderAsync($"Load {i:00}", [clinic.ServiceA], [clinic.Location]);
    await clinic.SetWeekdaysAsync(provider.Id, new TimeRange("08:00", "20:00"));
    providers.Add(provider.Id);
}

// Service A occupies 70 minutes; starts 75 minutes apart never overlap: 9 a day per provider.
var starts = new List<(Guid Provider, DateTimeOffset Start)>();
for (var day = AvailabilityScenario.Day(1); starts.Count < warmUp + bookings; day = day.AddDays(1))
{
    if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
    {
        continue;
    }

    foreach (var provider in providers)
    {
        for (var slot = 0; slot < 9 && starts.Count < warmUp + bookings; slot++)
        {
            starts.Add((provider, TestClock.At(AvailabilityScenario.Madrid, day, new TimeOnly(8, 0).AddMinutes(75 * slot))));
        }
    }
}

var browser = factory.CreateBrowserClient();
var holds = new List<SlotHoldResponse>();
foreach (var (provider, start) in starts)
{
    var response = await browser.PostAsJsonAsync("/api/booking/holds", new PlaceSlotHold(clinic.Location, [clinic.ServiceA], provider, start));
    holds.Add((await response.Content.ReadFromJsonAsync<SlotHoldResponse>(HttpAssertions.Json))!);
}

var clients = Enumerable.Range(0, concurrency).Select(_ => factory.CreateBrowserClient()).ToList();
var statuses = new System.Collections.Concurrent.ConcurrentBag<HttpStatusCode>();
await ConfirmAsync(0, warmUp);
Console.WriteLine($"{warmUp} warm-up bookings done; timing {bookings} with {concurrency} clients (process {Environment.ProcessId})");
var clock = Stopwatch.StartNew();
await ConfirmAsync(warmUp, holds.Count);
clock.Stop();

// Read back through the staff calendar, as the clinic would see it (its buffer of 10 minutes included),
// four weeks at a time (it answers at most six).
var appointments = new List<CalendarAppointment>();
for (var from = AvailabilityScenario.Day(1); from <= DateOnly.FromDateTime(starts[^1].Start.Date); from = from.AddDays(28))
{
    var page = (await (await admin.GetAsync($"/api/admin/appointments?locationId={clinic.Location}&from={from:yyyy-MM-dd}&to={from.AddDays(27):yyyy-MM-dd}"))
        .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<CalendarResponse>(HttpAssertions.Json))!;
    appointments.AddRange(page.Appointments);
}

var overlaps = appointments.GroupBy(a => a.ProviderId)
    .Sum(g => g.OrderBy(a => a.StartsAt).Zip(g.OrderBy(a => a.StartsAt).Skip(1)).Count(pair => pair.Second.StartsAt < pair.First.EndsAt.AddMinutes(10)));

var ok = statuses.Count(s => s == HttpStatusCode.OK) - warmUp;
Console.WriteLine($"bookings confirmed: {ok} of {bookings} timed, after {warmUp} warm-up (other statuses: {string.Join(", ", statuses.Where(s => s != HttpStatusCode.OK).GroupBy(s => s).Select(g => $"{g.Key}×{g.Count()}"))})");
Console.WriteLine($"concurrency: {concurrency} clients; elapsed {clock.Elapsed.TotalSeconds:0.00} s; {ok / clock.Elapsed.TotalSeconds:0} booking commits/s");
Console.WriteLine($"appointments stored: {appointments.Count}; overlapping pairs: {overlaps}");
return overlaps == 0 && ok == bookings && appointments.Count == holds.Count ? 0 : 1;

// Confirms holds [from, to) with every client taking the next one as soon as it is free.
async Task ConfirmAsync(int from, int to)
{
    var next = from - 1;
    await Task.WhenAll(clients.Select(async client =>
    {
        for (var i = Interlocked.Increment(ref next); i < to; i = Interlocked.Increment(ref next))
        {
            var booking = BookingFlow.Booking(holds[i], BookingFlow.Guest($"patient{i}@example.com", phone: $"+34 6{i:00000000}"), null);
            statuses.Add((await BookingFlow.ConfirmAsync(client, booking)).StatusCode);
        }
    }));
}
