using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Clinic.Identity.Features.Settings.UpdatePortalAccessSettings;
using Clinic.IntegrationTests.Availability;
using Clinic.IntegrationTests.Booking;
using Clinic.IntegrationTests.Catalog;
using Clinic.IntegrationTests.Infrastructure;
using Clinic.Scheduling.Features.Appointments.ListCalendar;
using Clinic.Scheduling.Features.Booking.ConfirmBooking;
using Clinic.Scheduling.Features.Booking.PlaceSlotHold;
using Clinic.Scheduling.Features.Schedules;

namespace Clinic.LoadTests;

/// <summary>
/// Booking commits per second through the real HTTP pipeline (in-process test server: no sockets, so the figure is the
/// application and the database, not the network), beside SQLite's own ceiling for the same rows measured in the same run.
/// Holds W + N distinct slots across 20 providers, confirms W of them untimed (warm-up: JIT, pools, query caches), measures
/// the ceiling on copies of the files, then confirms the N others with C concurrent clients, timed, each with its own
/// Idempotency-Key as the SPA sends. Afterwards every provider's appointments are read back through the staff calendar and
/// checked pairwise for overlaps.
/// </summary>
internal static class BookingLoad
{
    public static async Task<bool> RunAsync(int bookings, int concurrency)
    {
        var warmUp = Math.Min(200, Math.Max(1, bookings / 10));
        // Event delivery (emails, SMS, welcome) runs after the commit, on its own schedule: it is off so the timing is the
        // booking itself. Logging stays on at Warning, as configuration can set it in production.
        using var factory = LoadHost.Create().WithoutBackgroundWorkers();
        var clinic = await AvailabilityScenario.CreateAsync(factory);
        var admin = clinic.Admin;
        (await admin.PutAsJsonAsync("/api/admin/settings/portal-access", new UpdatePortalAccessSettings(true, PhoneVerificationRequired: false, null)))
            .EnsureSuccessStatusCode();

        // 20 providers performing service A, each working 08:00–20:00 every weekday.
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

        var clients = Enumerable.Range(0, concurrency).Select(_ => factory.CreateBrowserClient()).ToList();
        Console.WriteLine($"Holding {starts.Count} times ({warmUp} for warm-up)…");
        var holds = new SlotHoldResponse[starts.Count];
        await ForEachAsync(clients, 0, starts.Count, async (client, i) =>
        {
            var (provider, start) = starts[i];
            var response = await client.PostAsJsonAsync("/api/booking/holds", new PlaceSlotHold(clinic.Location, [clinic.ServiceA], provider, start));
            holds[i] = (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<SlotHoldResponse>(HttpAssertions.Json))!;
        });

        var statuses = new ConcurrentBag<HttpStatusCode>();
        BookingConfirmation? first = null;
        async Task ConfirmAsync(HttpClient client, int i)
        {
            var booking = BookingFlow.Booking(holds[i], BookingFlow.Guest($"patient{i}@example.com", phone: $"+34 6{i:00000000}"), null);
            using var response = await BookingFlow.ConfirmAsync(client, booking, IdempotencyKey(i));
            statuses.Add(response.StatusCode);
            if (i == 0 && response.IsSuccessStatusCode)
            {
                first = await response.Content.ReadFromJsonAsync<BookingConfirmation>(HttpAssertions.Json);
            }
        }

        await ForEachAsync(clients, 0, warmUp, ConfirmAsync);
        if (first is null)
        {
            Console.WriteLine($"The first warm-up booking failed ({string.Join(", ", statuses)}); nothing to measure.");
            return false;
        }

        Console.WriteLine($"{warmUp} warm-up bookings done. Measuring SQLite's ceiling: {bookings} bookings' rows, serially…");
        var ceiling = SqliteCeiling.Measure(factory.DataDirectory, first.PatientId, first.Appointments[0].AppointmentId, IdempotencyKey(0), bookings);
        LoadHost.Log($"rows per booking: {string.Join(", ", ceiling.RowsPerBooking)}");

        Console.WriteLine($"Timing {bookings} confirmations with {concurrency} clients — process {Environment.ProcessId} (for dotnet-trace / dotnet-counters)…");
        var clock = Stopwatch.StartNew();
        await ForEachAsync(clients, warmUp, holds.Length, ConfirmAsync);
        clock.Stop();

        // Read back through the staff calendar, as the clinic would see it (its buffer of 10 minutes included), four
        // weeks at a time (it answers at most six).
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
        var refused = statuses.Where(s => s != HttpStatusCode.OK).GroupBy(s => s).Select(g => $"{(int)g.Key}×{g.Count()}").ToList();
        var perSecond = ok / clock.Elapsed.TotalSeconds;
        var ratio = perSecond / ceiling.PerSecond;
        var passed = overlaps == 0 && ok == bookings && appointments.Count == holds.Length;

        LoadHost.Result("Booking commits (HTTP, in-process)",
        [
            ("bookings confirmed", $"{ok} of {bookings} timed, after {warmUp} warm-up{(refused.Count > 0 ? $"; refused: {string.Join(", ", refused)}" : "")}"),
            ("concurrent clients", $"{concurrency}"),
            ("elapsed", $"{clock.Elapsed.TotalSeconds:0.00} s"),
            ("booking commits/s", $"{perSecond:0}   (target ≥ 1000)"),
            ("SQLite ceiling, same run", $"{ceiling.PerSecond:0} bookings/s   ({ceiling.Bookings} serial, {ceiling.Elapsed.TotalSeconds:0.00} s)"),
            ("ratio to ceiling", $"{ratio:P0}   (target ≥ 50 %)"),
            ("appointments stored", $"{appointments.Count}"),
            ("overlapping pairs", $"{overlaps}   (must be 0)"),
            ("result", passed ? "PASS (all confirmed, none overlapping)" : "FAIL"),
        ]);
        return passed;
    }

    private static string IdempotencyKey(int i) => $"load-{i:000000}";

    /// <summary>Runs items [from, to) with every client taking the next one as soon as it is free.</summary>
    private static async Task ForEachAsync(IReadOnlyList<HttpClient> clients, int from, int to, Func<HttpClient, int, Task> action)
    {
        var next = from - 1;
        await Task.WhenAll(clients.Select(async client =>
        {
            for (var i = Interlocked.Increment(ref next); i < to; i = Interlocked.Increment(ref next))
            {
                await action(client, i);
            }
        }));
    }
}
