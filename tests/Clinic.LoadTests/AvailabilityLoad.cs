using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Clinic.BuildingBlocks.Abstractions;
using Clinic.Identity.Features.Settings.UpdatePortalAccessSettings;
using Clinic.IntegrationTests.Availability;
using Clinic.IntegrationTests.Booking;
using Clinic.IntegrationTests.Catalog;
using Clinic.IntegrationTests.Infrastructure;
using Clinic.Scheduling.Features.Booking.ConfirmBooking;
using Clinic.Scheduling.Features.Booking.PlaceSlotHold;
using Clinic.Scheduling.Features.Schedules;
using Clinic.Scheduling.Features.Schedules.SetWeeklyHours;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Clinic.LoadTests;

/// <summary>
/// Availability reads over real HTTP (Kestrel on loopback, C keep-alive connections) on a clinic of 20 providers with 10,000
/// appointments: the booking page's day search (first available, one day) and month view (which dates have a free time),
/// against the clinic-profile read — a two-query read of the same API — measured in the same run, so the ratio says
/// what availability costs whatever the machine. The endpoints take turns (R rounds of S seconds each), so a change
/// in the machine's load affects all three alike.
/// </summary>
internal static class AvailabilityLoad
{
    private const int Providers = 20;
    private const int Appointments = 10_000;
    private const int SlotsPerDay = 9;

    public static async Task<bool> RunAsync(int seconds, int connections, int rounds = 2)
    {
        using var factory = LoadHost.Create().WithoutBackgroundWorkers().WithFakeClock(AvailabilityScenario.Now);
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        Console.WriteLine($"Seeding {Providers} providers and {Appointments:N0} appointments…");
        var seeding = Stopwatch.StartNew();
        var (location, service, lastDay) = await SeedAsync(factory);
        LoadHost.Log($"seeded in {seeding.Elapsed.TotalSeconds:0.0} s");

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = new Uri(address),
        };
        var days = Enumerable.Range(1, 60).Select(AvailabilityScenario.Day).Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)).ToList();
        var months = new[] { 0, 30, 60 }.Select(n => AvailabilityScenario.Day(n).ToString("yyyy-MM", CultureInfo.InvariantCulture)).Distinct().ToList();
        var endpoints = new (string Name, Func<int, string> Url)[]
        {
            ("clinic profile (GET /api/catalog/clinic)", _ => "/api/catalog/clinic"),
            ("day search (first available, 1 day)", i => $"/api/availability?locationId={location}&serviceIds={service}&from={days[i % days.Count]:yyyy-MM-dd}&to={days[i % days.Count]:yyyy-MM-dd}"),
            ("month view (dates with a free time)", i => $"/api/availability/dates?locationId={location}&serviceIds={service}&month={months[i % months.Count]}"),
        };

        // Every URL answers before anything is timed: JIT, query caches and connections warm.
        var sample = await http.GetStringAsync(endpoints[1].Url(0));
        LoadHost.Log($"a day search answers {sample.Length:N0} bytes; warming up…");
        foreach (var (_, url) in endpoints)
        {
            await MeasureAsync(http, url, connections, TimeSpan.FromSeconds(2));
        }

        Console.WriteLine($"Measuring: {rounds} rounds × {seconds} s per endpoint, {connections} connections — process {Environment.ProcessId}…");
        var totals = endpoints.Select(_ => new List<double>()).ToArray();
        var elapsed = new TimeSpan[endpoints.Length];
        for (var round = 0; round < rounds; round++)
        {
            for (var e = 0; e < endpoints.Length; e++)
            {
                var (latencies, took) = await MeasureAsync(http, endpoints[e].Url, connections, TimeSpan.FromSeconds(seconds));
                totals[e].AddRange(latencies);
                elapsed[e] += took;
            }
        }

        var rates = totals.Select((l, e) => l.Count / elapsed[e].TotalSeconds).ToArray();
        var lines = new List<(string, string)>();
        for (var e = 0; e < endpoints.Length; e++)
        {
            var sorted = totals[e].Order().ToList();
            var ratio = e == 0 ? "" : $"   {rates[e] / rates[0]:P0} of the profile read (target ≥ 35 %)";
            lines.Add((endpoints[e].Name, $"{rates[e],6:0} req/s   p50 {Percentile(sorted, 0.50),6:0.0} ms   p99 {Percentile(sorted, 0.99),6:0.0} ms{ratio}"));
        }

        lines.Add(("clinic", $"{Providers} providers, {Appointments:N0} appointments from {AvailabilityScenario.Day(1):yyyy-MM-dd} to {lastDay:yyyy-MM-dd}; {connections} connections, loopback HTTP/1.1"));
        var passed = rates[1] / rates[0] >= 0.35 && rates[2] / rates[0] >= 0.35;
        lines.Add(("result", passed ? "PASS (both ≥ 35 % of the profile read)" : "BELOW TARGET"));
        LoadHost.Result("Availability over HTTP", lines);
        return passed;
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    /// <summary>Every connection sends the next request as soon as its answer has been read; returns each request's latency.</summary>
    private static async Task<(List<double> Latencies, TimeSpan Elapsed)> MeasureAsync(HttpClient http, Func<int, string> url, int connections, TimeSpan duration)
    {
        var counter = -1;
        var started = Stopwatch.GetTimestamp();
        var end = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var perConnection = await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
        {
            var latencies = new List<double>();
            while (Stopwatch.GetTimestamp() < end)
            {
                var sent = Stopwatch.GetTimestamp();
                using var response = await http.GetAsync(url(Interlocked.Increment(ref counter)), HttpCompletionOption.ResponseContentRead);
                response.EnsureSuccessStatusCode();
                latencies.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
            }

            return latencies;
        }));
        return (perConnection.SelectMany(l => l).ToList(), Stopwatch.GetElapsedTime(started));
    }

    /// <summary>
    /// The catalog through the staff API; one appointment booked through the patient's API (hold and confirm); then that
    /// appointment's rows (appointment, service lines, audit line, time cells) copied in one transaction to the other
    /// providers and times, eight of the nine 75-minute slots of each weekday from 08:00 taken, a different one left free
    /// each day. The time cells' primary key still guards every copy against overlapping another.
    /// </summary>
    private static async Task<(Guid Location, Guid Service, DateOnly LastDay)> SeedAsync(ClinicApiFactory factory)
    {
        var admin = factory.CreateClientAs(ClinicRoles.Admin);
        var api = new CatalogApi(admin);
        var location = (await api.CreateLocationAsync("Sede Centro", AvailabilityScenario.Madrid)).Id;
        var service = (await api.CreateServiceAsync((await api.CreateCategoryAsync()).Id, "Limpieza", minutes: 60)).Id;
        var weekdays = new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .Select(d => new WorkingDay(d, [new TimeRange("08:00", "20:00")])).ToList();
        var providers = new List<Guid>();
        for (var i = 0; i < Providers; i++)
        {
            var provider = (await api.CreateProviderAsync($"Provider {i:00}", [service], [location])).Id;
            (await admin.PutAsJsonAsync($"/api/admin/schedules/providers/{provider}/locations/{location}/weekly-hours", new SetWeeklyHours(weekdays)))
                .EnsureSuccessStatusCode();
            providers.Add(provider);
        }

        (await admin.PutAsJsonAsync("/api/admin/settings/portal-access", new UpdatePortalAccessSettings(true, PhoneVerificationRequired: false, null)))
            .EnsureSuccessStatusCode();
        var browser = factory.CreateBrowserClient();
        var firstDay = AvailabilityScenario.Day(1);
        var templateStart = Start(firstDay, 1);
        var hold = (await (await browser.PostAsJsonAsync("/api/booking/holds", new PlaceSlotHold(location, [service], providers[0], templateStart)))
            .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<SlotHoldResponse>(HttpAssertions.Json))!;
        var booked = (await (await BookingFlow.ConfirmAsync(browser, BookingFlow.Booking(hold, BookingFlow.Guest(), null)))
            .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<BookingConfirmation>(HttpAssertions.Json))!;

        using var db = new SqliteConnection($"Data Source={Path.Combine(factory.DataDirectory, "scheduling.db")};Pooling=False;Default Timeout=30");
        db.Open();
        using (var pragma = db.CreateCommand())
        {
            pragma.CommandText = "PRAGMA busy_timeout=30000;";
            pragma.ExecuteNonQuery();
        }

        var appointmentId = Stored(booked.Appointments[0].AppointmentId);
        var templateProvider = Stored(providers[0]);
        var templates = new[]
        {
            RowTemplate.Read(db, "Appointments", "Id", appointmentId),
            RowTemplate.Read(db, "AppointmentServices", "AppointmentId", appointmentId),
            RowTemplate.Read(db, "AppointmentChanges", "AppointmentId", appointmentId),
            RowTemplate.Read(db, "ProviderTimeCells", "OwnerId", appointmentId),
        };
        var inserts = templates.Select(t => t.PrepareInsert(db)).ToList();
        var lastDay = firstDay;
        using (var transaction = db.BeginTransaction())
        {
            var count = 1;
            for (var day = firstDay; count < Appointments; day = day.AddDays(1))
            {
                if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                {
                    continue;
                }

                for (var p = 0; p < Providers && count < Appointments; p++)
                {
                    for (var slot = 0; slot < SlotsPerDay && count < Appointments; slot++)
                    {
                        var free = (day.DayNumber + p) % SlotsPerDay;
                        if (slot == free || (p == 0 && day == firstDay && slot == 1))
                        {
                            continue;
                        }

                        var shift = (Start(day, slot) - templateStart).Ticks;
                        var newAppointment = Guid.NewGuid().ToString().ToUpperInvariant();
                        var provider = Stored(providers[p]);
                        object? Map(string column, object? value) => (column, value) switch
                        {
                            (_, string s) when s == appointmentId => newAppointment,
                            ("Id", string) => Guid.NewGuid().ToString().ToUpperInvariant(),
                            ("Id", long) => null, // an INTEGER PRIMARY KEY: SQLite numbers the copy
                            (_, string s) when s == templateProvider => provider,
                            ("StartsAt" or "EndsAt" or "OccupiedUntil", long ticks) => ticks + shift,
                            ("Cell", long cell) => cell + (shift / TimeSpan.FromMinutes(5).Ticks),
                            _ => value,
                        };
                        inserts.ForEach(insert => insert.InsertAll(transaction, Map));
                        count++;
                        lastDay = day;
                    }
                }
            }

            transaction.Commit();
        }

        inserts.ForEach(i => i.Dispose());
        return (location, service, lastDay);
    }

    private static DateTimeOffset Start(DateOnly day, int slot) =>
        TestClock.At(AvailabilityScenario.Madrid, day, new TimeOnly(8, 0).AddMinutes(75 * slot));

    /// <summary>EF Core stores GUIDs on SQLite as upper-case text.</summary>
    private static string Stored(Guid id) => id.ToString().ToUpperInvariant();
}
