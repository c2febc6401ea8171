using System.Net;
using Clinic.Identity.Contracts;
using Clinic.IntegrationTests.Availability;
using Clinic.IntegrationTests.Identity;
using Clinic.IntegrationTests.Infrastructure;
using Clinic.Scheduling.Contracts.Appointments;
using Clinic.Scheduling.Features.Availability.SearchAvailability;
using Clinic.Scheduling.Features.Booking.ConfirmBooking;
using Clinic.Scheduling.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using System.Text.Json;

namespace Clinic.IntegrationTests.Booking;

public sealed class ConfirmBookingTests : IAsyncLifetime
{
    private static readonly DateTimeOffset TenOClock = AvailabilityScenario.At(1, 10);
    private readonly ClinicApiFactory factory = new ClinicApiFactory()
        .WithoutBackgroundWorkers()
        .With("Identity:RateLimits:SmsCodesPerHour", "1000")
        .With("Identity:RateLimits:SmsChecksPerMinute", "1000");
    private AvailabilityScenario clinic = null!;
    private BookingFlow flow = null!;
    private HttpClient browser = null!;

    public async Task InitializeAsync()
    {
        clinic = await AvailabilityScenario.CreateAsync(factory);
        flow = new BookingFlow(clinic);
        browser = factory.CreateBrowserClient();
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Given_a_guest_with_a_verified_phone_When_confirming_a_two_service_hold_Then_one_appointment_is_booked_back_to_back_for_a_new_patient()
    {
        var hold = await flow.HoldAsync(browser, TenOClock, null, clinic.ServiceA, clinic.ServiceB);
        var token = await flow.VerifyPhoneAsync(browser);

        var confirmation = await (await BookingFlow.ConfirmAsync(browser, BookingFlow.Booking(hold, BookingFlow.Guest(), token))).ShouldBeJsonAsync<BookingConfirmation>();

        confirmation.IsNewPatient.ShouldBeTrue();
        var appointment = confirmation.Appointments.Single();
        appointment.ProviderName.ShouldBe("Ana");
        appointment.StartsAt.ShouldBe(TenOClock);
        appointment.EndsAt.ShouldBe(TenOClock.AddMinutes(100));
        appointment.Services.Select(s => s.Name).ShouldBe(["Limpieza", "Peeling"]);
        appointment.CalendarUrl.ShouldStartWith("/api/calendar/");
        var booked = (await factory.OutboxEventsAsync<SchedulingDbContext, AppointmentBooked>()).Single();
        booked.IsPatientsFirstBooking.ShouldBeTrue();
        booked.Appointment.Patient.ShouldBe(new PatientContact("Lucía Moreno Ruiz", "lucia.moreno@example.com", "+34612345678", "es"));
        await using var scope = factory.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<SchedulingDbContext>().SlotHolds.CountAsync()).ShouldBe(0, "the hold became the appointment");
    }

    [Fact]
    public async Task Given_an_email_already_on_file_When_a_guest_books_Then_the_booking_goes_to_that_patient_and_is_not_their_first()
    {
        var first = await ConfirmGuestAsync(TenOClock);
        var second = await ConfirmGuestAsync(TenOClock.AddHours(2), email: "LUCIA.MORENO@example.com");

        second.PatientId.ShouldBe(first.PatientId);
        second.IsNewPatient.ShouldBeFalse();
        (await factory.OutboxEventsAsync<SchedulingDbContext, AppointmentBooked>()).Select(e => e.IsPatientsFirstBooking).ShouldBe([true, false]);
    }

    [Fact]
    public async Task Given_a_signed_in_patient_When_confirming_without_details_or_sms_code_Then_the_booking_is_theirs()
    {
        var patient = await new IdentityApi(factory).RegisteredPatientAsync("ines@example.com", "Inés", "Castro");
        var hold = await flow.HoldAsync(patient, TenOClock, clinic.Bea, clinic.ServiceA);

        var confirmation = await (await BookingFlow.ConfirmAsync(patient, BookingFlow.Booking(hold, null, null))).ShouldBeJsonAsync<BookingConfirmation>();

        var contact = await new IdentityApi(factory).SendAsync(new GetPatientContact(confirmation.PatientId));
        contact.Email.ShouldBe("ines@example.com");
        confirmation.IsNewPatient.ShouldBeFalse();
    }

    [Fact]
    public async Task Given_no_verified_phone_When_a_guest_confirms_Then_422_and_the_time_stays_held()
    {
        var hold = await flow.HoldAsync(browser, TenOClock, clinic.Bea, clinic.ServiceA);

        var problem = await (await BookingFlow.ConfirmAsync(browser, BookingFlow.Booking(hold, BookingFlow.Guest(), "made-up-token")))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        problem.Detail.ShouldBe("Confirm your mobile number with the code we sent by SMS before booking.");
        (await AppointmentCountAsync()).ShouldBe(0);
        (await BookingFlow.ConfirmAsync(browser, BookingFlow.Booking(hold, BookingFlow.Guest(), await flow.VerifyPhoneAsync(browser))))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Given_an_idempotency_key_When_the_confirm_is_replayed_Then_the_first_answer_returns_and_nothing_is_booked_twice()
    {
        var hold = await flow.HoldAsync(browser, TenOClock, clinic.Bea, clinic.ServiceA);
        var booking = BookingFlow.Booking(hold, BookingFlow.Guest(), await flow.VerifyPhoneAsync(browser));

        var first = await (await BookingFlow.ConfirmAsync(browser, booking, "key-123")).ShouldBeJsonAsync<BookingConfirmation>();
        var replay = await (await BookingFlow.ConfirmAsync(browser, booking, "key-123")).ShouldBeJsonAsync<BookingConfirmation>();
        var otherBody = await (await BookingFlow.ConfirmAsync(browser, booking with { Notes = "otra cosa" }, "key-123"))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        JsonSerializer.Serialize(replay).ShouldBe(JsonSerializer.Serialize(first));
        otherBody.Detail!.ShouldContain("Idempotency-Key was already used for a different request");
        (await AppointmentCountAsync()).ShouldBe(1);
        (await factory.OutboxEventsAsync<SchedulingDbContext, AppointmentBooked>()).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Given_an_expired_hold_When_confirming_Then_409_says_to_choose_again_and_nothing_is_written()
    {
        var hold = await flow.HoldAsync(browser, TenOClock, clinic.Bea, clinic.ServiceA);
        var token = await flow.VerifyPhoneAsync(browser);
        factory.Clock!.Advance(TimeSpan.FromMinutes(11));

        var problem = await (await BookingFlow.ConfirmAsync(browser, BookingFlow.Booking(hold, BookingFlow.Guest(), token))).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        problem.Detail.ShouldBe("Your hold on this time has expired. Please choose the time again.");
        (await AppointmentCountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Given_someone_elses_hold_When_confirming_with_a_wrong_token_Then_404_and_it_reveals_nothing()
    {
        var hold = await flow.HoldAsync(browser, TenOClock, clinic.Bea, clinic.ServiceA);

        var problem = await (await BookingFlow.ConfirmAsync(factory.CreateBrowserClient(), BookingFlow.Booking(hold with { HoldToken = "stolen?" }, BookingFlow.Guest(), "x")))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);

        problem.Detail.ShouldBe($"Hold '{hold.HoldId}' was not found.");
    }

    [Fact]
    public async Task Given_missing_or_invalid_details_When_confirming_Then_400_names_each_field()
    {
        var hold = await flow.HoldAsync(browser, TenOClock, clinic.Bea, clinic.ServiceA);

        var problem = await (await BookingFlow.ConfirmAsync(browser, BookingFlow.Booking(hold, new("", "Moreno", "not-an-email", "abc", "fr"), null)))
            .ShouldBeValidationProblemAsync();

        problem.Errors.Keys.ShouldBe(["patient.firstName", "patient.email", "patient.phone", "patient.language"], ignoreOrder: true);
        problem.Errors["patient.email"].ShouldBe(["Enter a valid email address."]);
    }

    [Fact]
    public async Task Given_a_booked_time_When_the_same_day_is_searched_again_Then_it_is_no_longer_offered()
    {
        await ConfirmGuestAsync(TenOClock, provider: clinic.Bea);

        var result = await (await browser.GetAsync(clinic.SearchUrl(AvailabilityScenario.Iso(1), AvailabilityScenario.Iso(1), clinic.Bea, clinic.ServiceA))).ShouldBeJsonAsync<AvailabilityResponse>();

        result.Days.Single().Slots.Select(s => s.LocalTime).ShouldNotContain("10:00");
    }

    [Fact]
    public async Task Given_200_confirms_for_one_slot_at_once_When_they_race_twenty_times_Then_each_time_exactly_one_books_and_none_fails_with_500()
    {
        var clients = Enumerable.Range(0, 200).Select(_ => factory.CreateBrowserClient()).ToList();
        for (var round = 0; round < 20; round++)
        {
            int[] hours = [9, 10, 11, 12, 16, 17];
            var start = AvailabilityScenario.At(1 + (round / hours.Length), hours[round % hours.Length]);
            var hold = await flow.HoldAsync(browser, start, round % 2 == 0 ? clinic.Ana : clinic.Bea, clinic.ServiceA);
            var phone = $"+34 612 345 6{round:00}";
            var booking = BookingFlow.Booking(hold, BookingFlow.Guest($"race{round}@example.com", phone: phone), await flow.VerifyPhoneAsync(browser, phone));

            var responses = await Task.WhenAll(clients.Select(client => BookingFlow.ConfirmAsync(client, booking)));

            responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1, $"round {round}");
            // The losers are refused with a reason: the hold is gone (404), its time is taken (409), or the phone proof was used up (422).
            responses.Where(r => r.StatusCode != HttpStatusCode.OK)
                .ShouldAllBe(r => r.StatusCode == HttpStatusCode.Conflict || r.StatusCode == HttpStatusCode.NotFound || r.StatusCode == HttpStatusCode.UnprocessableEntity, $"round {round}");
        }

        (await AppointmentCountAsync()).ShouldBe(20);
    }

    [Fact]
    public async Task Given_one_phone_proof_When_five_bookings_of_different_times_confirm_with_it_at_once_Then_exactly_one_books_and_the_proof_is_used_up()
    {
        DateTimeOffset[] starts = [TenOClock, TenOClock.AddHours(2), TenOClock.AddHours(6), TenOClock.AddDays(1), TenOClock.AddDays(1).AddHours(2)];
        var holds = new List<Clinic.Scheduling.Features.Booking.PlaceSlotHold.SlotHoldResponse>();
        foreach (var start in starts)
        {
            holds.Add(await flow.HoldAsync(browser, start, clinic.Bea, clinic.ServiceA));
        }

        var token = await flow.VerifyPhoneAsync(browser);

        var responses = await Task.WhenAll(holds.Select(hold =>
            BookingFlow.ConfirmAsync(factory.CreateBrowserClient(), BookingFlow.Booking(hold, BookingFlow.Guest(), token))));

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            (await refused.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).Detail.ShouldBe("Confirm your mobile number with the code we sent by SMS before booking.");
        }

        (await AppointmentCountAsync()).ShouldBe(1);
        (await new IdentityApi(factory).SendAsync(new VerifyPhoneToken(token, BookingFlow.Phone))).ShouldBeFalse("the proof was used up by the booking that won");
        var later = await flow.HoldAsync(browser, TenOClock.AddDays(2), clinic.Bea, clinic.ServiceA);
        (await BookingFlow.ConfirmAsync(browser, BookingFlow.Booking(later, BookingFlow.Guest(), token))).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Given_a_confirm_that_used_up_the_phone_proof_When_the_same_booking_is_retried_Then_the_proof_still_counts_for_it()
    {
        var hold = await flow.HoldAsync(browser, TenOClock, clinic.Bea, clinic.ServiceA);
        var token = await flow.VerifyPhoneAsync(browser);
        var holdGroup = Clinic.Scheduling.Domain.Appointments.HoldGroup.Of([hold.HoldId]);
        // A first attempt that used the proof up and then failed before its transaction, as after a lost connection.
        (await new IdentityApi(factory).SendAsync(new ConsumePhoneVerificationToken(token, BookingFlow.Phone, $"booking:{holdGroup.Key}"))).ShouldBeTrue();

        var retry = await (await BookingFlow.ConfirmAsync(browser, BookingFlow.Booking(hold, BookingFlow.Guest(), token))).ShouldBeJsonAsync<BookingConfirmation>();

        retry.Appointments.Single().StartsAt.ShouldBe(TenOClock);
    }

    private async Task<BookingConfirmation> ConfirmGuestAsync(DateTimeOffset start, string email = "lucia.moreno@example.com", Guid? provider = null)
    {
        var hold = await flow.HoldAsync(browser, start, provider ?? clinic.Ana, clinic.ServiceA);
        var token = await flow.VerifyPhoneAsync(browser);
        return await (await BookingFlow.ConfirmAsync(browser, BookingFlow.Booking(hold, BookingFlow.Guest(email), token))).ShouldBeJsonAsync<BookingConfirmation>();
    }

    private async Task<int> AppointmentCountAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SchedulingDbContext>().Appointments.CountAsync();
    }

}
