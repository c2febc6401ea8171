using System.Net;
using System.Net.Http.Json;
using Clinic.IntegrationTests.Availability;
using Clinic.IntegrationTests.Infrastructure;
using Clinic.Scheduling.Features.Availability.SearchAvailability;
using Clinic.Scheduling.Features.Booking.PlaceSlotHold;
using Clinic.Scheduling.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clinic.IntegrationTests.Booking;

public sealed class SlotHoldTests : IAsyncLifetime
{
    private static readonly DateTimeOffset TenOClock = AvailabilityScenario.At(1, 10);
    private readonly ClinicApiFactory factory = new ClinicApiFactory().WithoutBackgroundWorkers();
    private AvailabilityScenario clinic = null!;

    public async Task InitializeAsync() => clinic = await AvailabilityScenario.CreateAsync(factory);

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    private Task<HttpResponseMessage> HoldAsync(DateTimeOffset start, Guid? provider, params Guid[] services) =>
        clinic.Public.PostAsJsonAsync("/api/booking/holds", new PlaceSlotHold(clinic.Location, services, provider, start));

    private async Task<List<string>> TimesAsync(Guid provider, Guid service) =>
        (await (await clinic.Public.GetAsync(clinic.SearchUrl(AvailabilityScenario.Iso(1), AvailabilityScenario.Iso(1), provider, service))).ShouldBeJsonAsync<AvailabilityResponse>())
            .Days.SelectMany(d => d.Slots).Select(s => s.LocalTime).ToList();

    [Fact]
    public async Task Given_an_offered_time_When_held_Then_it_is_kept_for_ten_minutes_and_no_longer_offered()
    {
        var hold = await (await HoldAsync(TenOClock, clinic.Bea, clinic.ServiceA)).ShouldBeJsonAsync<SlotHoldResponse>(HttpStatusCode.Created);

        hold.ProviderName.ShouldBe("Bea");
        hold.ExpiresAt.ShouldBe(AvailabilityScenario.Now.AddMinutes(10));
        hold.StartsAt.ShouldBe(TenOClock);
        hold.EndsAt.ShouldBe(TenOClock.AddHours(1));
        hold.HoldToken.Length.ShouldBeGreaterThanOrEqualTo(43);
        (await TimesAsync(clinic.Bea, clinic.ServiceA)).ShouldNotContain("10:00");
    }

    [Fact]
    public async Task Given_first_available_When_held_Then_the_suggested_provider_is_assigned()
    {
        var hold = await (await HoldAsync(TenOClock, null, clinic.ServiceA)).ShouldBeJsonAsync<SlotHoldResponse>(HttpStatusCode.Created);

        hold.ProviderId.ShouldBe(clinic.Ana, "Ana and Bea are equally free; the tie goes by name");
    }

    [Fact]
    public async Task Given_a_held_time_When_someone_else_tries_to_hold_it_Then_409_and_nothing_is_stored()
    {
        (await HoldAsync(TenOClock, clinic.Bea, clinic.ServiceA)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var problem = await (await HoldAsync(TenOClock.AddMinutes(30), clinic.Bea, clinic.ServiceA)).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        problem.Detail.ShouldBe("This time is no longer available. Please choose another time.");
        await using var scope = factory.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<SchedulingDbContext>().SlotHolds.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task Given_a_hold_When_released_with_its_token_Then_the_time_is_offered_again_and_a_wrong_token_is_refused()
    {
        var hold = await (await HoldAsync(TenOClock, clinic.Bea, clinic.ServiceA)).ShouldBeJsonAsync<SlotHoldResponse>(HttpStatusCode.Created);

        var stranger = new HttpRequestMessage(HttpMethod.Delete, $"/api/booking/holds/{hold.HoldId}") { Headers = { { "X-Hold-Token", "guess" } } };
        (await clinic.Public.SendAsync(stranger)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await TimesAsync(clinic.Bea, clinic.ServiceA)).ShouldNotContain("10:00");

        var owner = new HttpRequestMessage(HttpMethod.Delete, $"/api/booking/holds/{hold.HoldId}") { Headers = { { "X-Hold-Token", hold.HoldToken } } };
        (await clinic.Public.SendAsync(owner)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await TimesAsync(clinic.Bea, clinic.ServiceA)).ShouldContain("10:00");
    }

    [Fact]
    public async Task Given_an_expired_hold_When_the_time_is_searched_and_held_again_Then_it_is_free_by_itself()
    {
        (await HoldAsync(TenOClock, clinic.Bea, clinic.ServiceA)).StatusCode.ShouldBe(HttpStatusCode.Created);

        factory.Clock!.Advance(TimeSpan.FromMinutes(11));

        (await TimesAsync(clinic.Bea, clinic.ServiceA)).ShouldContain("10:00");
        (await HoldAsync(TenOClock, clinic.Bea, clinic.ServiceA)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var sweeper = factory.Services.GetRequiredService<Clinic.Scheduling.Features.Booking.ExpiredHoldSweeper>();
        factory.Clock.Advance(TimeSpan.FromMinutes(11));
        (await sweeper.SweepAsync(CancellationToken.None)).ShouldBe(2, "both lapsed holds are swept");
        await using var scope = factory.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<SchedulingDbContext>().ProviderTimeCells.CountAsync()).ShouldBe(0);
    }

    [Theory]
    [InlineData(10, 2)] // off the 15-minute grid
    [InlineData(7, 0)] // before Bea starts work
    public async Task Given_a_time_that_was_not_offered_When_held_Then_refused(int hour, int minute)
    {
        var response = await HoldAsync(AvailabilityScenario.At(1, hour, minute), clinic.Bea, clinic.ServiceA);

        response.StatusCode.ShouldBeOneOf(HttpStatusCode.BadRequest, HttpStatusCode.Conflict);
        (await response.Content.ReadAsStringAsync()).ShouldContain("time");
    }

    [Fact]
    public async Task Given_fifty_patients_racing_for_one_time_When_they_hold_at_once_Then_exactly_one_wins_and_no_request_fails_with_500()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => HoldAsync(TenOClock, clinic.Bea, clinic.ServiceA)));

        var unexpected = await Task.WhenAll(responses.Where(r => r.StatusCode is not (HttpStatusCode.Created or HttpStatusCode.Conflict))
            .Select(async r => $"{(int)r.StatusCode}: {await r.Content.ReadAsStringAsync()}"));
        unexpected.ShouldBeEmpty();
        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBe(49);
    }

    [Fact]
    public async Task Given_different_durations_racing_for_overlapping_windows_When_held_at_once_Then_no_two_holds_overlap()
    {
        var attempts = Enumerable.Range(0, 40).Select(i =>
            i % 2 == 0
                ? HoldAsync(TenOClock.AddMinutes(15 * (i % 8)), clinic.Ana, clinic.ServiceA)
                : HoldAsync(TenOClock.AddMinutes(15 * (i % 8)), clinic.Ana, clinic.ServiceA, clinic.ServiceB));

        var responses = await Task.WhenAll(attempts);

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Created || r.StatusCode == HttpStatusCode.Conflict);
        await using var scope = factory.Services.CreateAsyncScope();
        var holds = await scope.ServiceProvider.GetRequiredService<SchedulingDbContext>().SlotHolds.AsNoTracking().ToListAsync();
        holds.Count.ShouldBeGreaterThan(0);
        foreach (var hold in holds)
        {
            holds.Where(other => other.Id != hold.Id).ShouldAllBe(other => other.OccupiedUntil <= hold.StartsAt || other.StartsAt >= hold.OccupiedUntil);
        }
    }
}
