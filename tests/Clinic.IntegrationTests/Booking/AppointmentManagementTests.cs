using System.Net;
using System.Net.Http.Json;
using Clinic.BuildingBlocks.Abstractions;
using Clinic.Identity.Features.Account;
using Clinic.IntegrationTests.Availability;
using Clinic.IntegrationTests.Identity;
using Clinic.IntegrationTests.Infrastructure;
using Clinic.Scheduling.Contracts.Appointments;
using Clinic.Scheduling.Domain.Appointments;
using Clinic.Scheduling.Domain.Policies;
using Clinic.Scheduling.Features.Appointments;
using Clinic.Scheduling.Features.Appointments.CancelAppointment;
using Clinic.Scheduling.Features.Appointments.RescheduleAppointment;
using Clinic.Scheduling.Features.Appointments.StartAppointment;
using Clinic.Scheduling.Domain.Schedules;
using Clinic.Scheduling.Features.Schedules.UpdateBookingSettings;
using Clinic.Scheduling.Features.Availability.SearchAvailability;
using Clinic.Scheduling.Features.Booking.ConfirmBooking;
using Clinic.Scheduling.Features.Policies.UpdateCancellationPolicy;
using Clinic.Scheduling.Features.Appointments.CancelMyAppointment;
using Clinic.Scheduling.Features.Appointments.ListMyAppointments;
using Clinic.Scheduling.Features.Appointments.RescheduleMyAppointment;
using Clinic.Scheduling.Persistence;
using Clinic.BuildingBlocks.Outbox;
using Clinic.Identity.Features.Account.GetCurrentUser;
using Clinic.Identity.Features.Patients.MergePatients;
using Clinic.Identity.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clinic.IntegrationTests.Booking;

/// <summary>After booking: the patient's own list, cancel and reschedule under the policy; staff running the day.</summary>
public sealed class AppointmentManagementTests : IAsyncLifetime
{
    // "Now" is the scenario's Monday, 09:00 in Madrid.
    private static readonly DateTimeOffset TuesdayTen = AvailabilityScenario.At(1, 10);
    private static readonly DateTimeOffset ThursdayTen = AvailabilityScenario.At(3, 10);
    private readonly ClinicApiFactory factory = new ClinicApiFactory().WithoutBackgroundWorkers();
    private AvailabilityScenario clinic = null!;
    private BookingFlow flow = null!;
    private HttpClient lucia = null!;

    public async Task InitializeAsync()
    {
        clinic = await AvailabilityScenario.CreateAsync(factory);
        flow = new BookingFlow(clinic);
        lucia = await new IdentityApi(factory).RegisteredPatientAsync("lucia@example.com", "Lucía", "Moreno");
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    private async Task<BookedAppointment> BookAsync(HttpClient patient, DateTimeOffset start)
    {
        var hold = await flow.HoldAsync(patient, start, clinic.Bea, clinic.ServiceA);
        // Under a fee policy the booking is secured by a card first (OB8), as the SPA's card step does.
        await Wallet.WalletScenario.SecureCardStepAsync(patient, hold);
        return (await (await BookingFlow.ConfirmAsync(patient, BookingFlow.Booking(hold, null, null))).ShouldBeJsonAsync<BookingConfirmation>()).Appointments.Single();
    }

    [Fact]
    public async Task Given_a_patients_booking_When_they_list_their_appointments_Then_it_is_upcoming_and_another_patient_cannot_see_or_touch_it()
    {
        var booked = await BookAsync(lucia, ThursdayTen);
        var pedro = await new IdentityApi(factory).RegisteredPatientAsync("pedro@example.com", "Pedro", "Gil");

        var mine = await (await lucia.GetAsync("/api/portal/appointments")).ShouldBeJsonAsync<MyAppointmentsResponse>();
        var theirs = await (await pedro.GetAsync("/api/portal/appointments")).ShouldBeJsonAsync<MyAppointmentsResponse>();
        var stolen = await pedro.PostAsJsonAsync($"/api/portal/appointments/{booked.AppointmentId}/cancel", new CancelMyAppointment(true, null));
        var pedrosHold = await flow.HoldAsync(pedro, ThursdayTen.AddHours(6), clinic.Bea, clinic.ServiceA);
        var moved = await pedro.PostAsJsonAsync($"/api/portal/appointments/{booked.AppointmentId}/reschedule", new RescheduleMyAppointment(pedrosHold.HoldId, pedrosHold.HoldToken));

        var upcoming = mine.Upcoming.Single();
        upcoming.Appointment.Id.ShouldBe(booked.AppointmentId);
        upcoming.Appointment.LocationName.ShouldBe("Sede Centro");
        upcoming.Appointment.StartsAt.ShouldBe(ThursdayTen);
        upcoming.CanCancelOnline.ShouldBeTrue();
        upcoming.CanRescheduleOnline.ShouldBeTrue();
        theirs.Upcoming.ShouldBeEmpty();
        var problem = await stolen.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        problem.Detail!.ShouldNotContain("Lucía");
        (await moved.ShouldBeProblemAsync(HttpStatusCode.NotFound)).Detail.ShouldBe($"Appointment '{booked.AppointmentId}' was not found.");
        (await (await lucia.GetAsync("/api/portal/appointments")).ShouldBeJsonAsync<MyAppointmentsResponse>()).Upcoming.Single().Appointment.StartsAt.ShouldBe(ThursdayTen);
        (await factory.CreateClient().GetAsync("/api/portal/appointments")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_an_appointment_days_away_When_the_patient_cancels_Then_it_is_cancelled_in_time_with_no_fee_and_the_time_is_free_again()
    {
        var booked = await BookAsync(lucia, ThursdayTen);

        var cancelled = await (await lucia.PostAsJsonAsync($"/api/portal/appointments/{booked.AppointmentId}/cancel", new CancelMyAppointment(false, "viaje")))
            .ShouldBeJsonAsync<AppointmentDetails>();

        cancelled.Status.ShouldBe(AppointmentStatus.Cancelled);
        var @event = (await factory.OutboxEventsAsync<SchedulingDbContext, AppointmentCancelled>()).Single();
        (@event.IsLate, @event.FeeDueAmountMinor, @event.CancelledByPatient).ShouldBe((false, 0L, true));
        var search = await (await clinic.Public.GetAsync(clinic.SearchUrl(AvailabilityScenario.Iso(3), AvailabilityScenario.Iso(3), clinic.Bea, clinic.ServiceA))).ShouldBeJsonAsync<AvailabilityResponse>();
        search.Days.Single().Slots.Select(s => s.LocalTime).ShouldContain("10:00");
    }

    [Fact]
    public async Task Given_a_cancelled_upcoming_appointment_When_the_patient_lists_their_appointments_Then_it_is_listed_as_cancelled_not_as_past_or_upcoming()
    {
        var cancelledByPatient = await BookAsync(lucia, ThursdayTen);
        var cancelledByStaff = await BookAsync(lucia, TuesdayTen);
        var kept = await BookAsync(lucia, ThursdayTen.AddHours(6));
        await (await lucia.PostAsJsonAsync($"/api/portal/appointments/{cancelledByPatient.AppointmentId}/cancel", new CancelMyAppointment(false, null)))
            .ShouldBeJsonAsync<AppointmentDetails>();
        await (await factory.CreateClientAs(ClinicRoles.FrontDesk).PostAsJsonAsync($"/api/admin/appointments/{cancelledByStaff.AppointmentId}/cancel", new CancelAppointment(false, null)))
            .ShouldBeJsonAsync<AppointmentDetails>();

        var mine = await (await lucia.GetAsync("/api/portal/appointments")).ShouldBeJsonAsync<MyAppointmentsResponse>();

        mine.Upcoming.Select(a => a.Appointment.Id).ShouldBe([kept.AppointmentId]);
        mine.Past.ShouldBeEmpty();
        mine.Cancelled.Select(a => (a.Appointment.Id, a.Appointment.Status)).ShouldBe(
            [(cancelledByPatient.AppointmentId, AppointmentStatus.Cancelled), (cancelledByStaff.AppointmentId, AppointmentStatus.Cancelled)]);
        mine.Cancelled.ShouldAllBe(a => !a.CanCancelOnline && !a.CanRescheduleOnline);
    }

    [Fact]
    public async Task Given_a_late_fee_policy_When_the_patient_cancels_inside_the_window_Then_they_must_accept_the_fee_which_the_event_carries()
    {
        (await clinic.Admin.PutAsJsonAsync("/api/admin/schedules/cancellation-policy", new UpdateCancellationPolicy(
            true, true, 48, LateFeeKind.PercentOfPrice, 0, 50, "Cancelar con menos de 48 h cuesta el 50 %.", "Cancelling within 48 h costs 50%.")))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var booked = await BookAsync(lucia, TuesdayTen);

        var refused = await (await lucia.PostAsJsonAsync($"/api/portal/appointments/{booked.AppointmentId}/cancel", new CancelMyAppointment(false, null)))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await lucia.PostAsJsonAsync($"/api/portal/appointments/{booked.AppointmentId}/cancel", new CancelMyAppointment(true, null)))
            .ShouldBeJsonAsync<AppointmentDetails>();

        refused.Detail.ShouldBe("Cancelling now costs 32.50 EUR under the policy you accepted. Confirm to cancel and pay the fee.");
        var @event = (await factory.OutboxEventsAsync<SchedulingDbContext, AppointmentCancelled>()).Single();
        (@event.IsLate, @event.FeeDueAmountMinor, @event.Currency, @event.PolicyVersion).ShouldBe((true, 3250L, "EUR", (int?)1));
    }

    [Fact]
    public async Task Given_no_fee_policy_When_the_patient_tries_to_change_inside_the_window_Then_they_are_told_to_call_the_clinic()
    {
        var booked = await BookAsync(lucia, AvailabilityScenario.At(0, 16));

        var problem = await (await lucia.PostAsJsonAsync($"/api/portal/appointments/{booked.AppointmentId}/cancel", new CancelMyAppointment(true, null)))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        problem.Detail.ShouldBe("Your appointment is less than 24 hours away, so it can no longer be changed online. Please call the clinic on +34 910 000 000.");
    }

    [Fact]
    public async Task Given_a_held_new_time_When_the_patient_reschedules_Then_the_appointment_moves_in_one_step_and_the_old_time_is_freed()
    {
        var booked = await BookAsync(lucia, ThursdayTen);
        var newTime = ThursdayTen.AddHours(6);
        var hold = await flow.HoldAsync(lucia, newTime, clinic.Bea, clinic.ServiceA);

        var moved = await (await lucia.PostAsJsonAsync($"/api/portal/appointments/{booked.AppointmentId}/reschedule", new RescheduleMyAppointment(hold.HoldId, hold.HoldToken)))
            .ShouldBeJsonAsync<AppointmentDetails>();

        moved.Id.ShouldBe(booked.AppointmentId);
        moved.StartsAt.ShouldBe(newTime);
        var @event = (await factory.OutboxEventsAsync<SchedulingDbContext, AppointmentRescheduled>()).Single();
        @event.PreviousStartsAt.ShouldBe(ThursdayTen);
        @event.Appointment.StartsAt.ShouldBe(newTime);
        var slots = (await (await clinic.Public.GetAsync(clinic.SearchUrl(AvailabilityScenario.Iso(3), AvailabilityScenario.Iso(3), clinic.Bea, clinic.ServiceA))).ShouldBeJsonAsync<AvailabilityResponse>())
            .Days.Single().Slots.Select(s => s.LocalTime).ToList();
        slots.ShouldContain("10:00");
        slots.ShouldNotContain("16:00");
    }

    [Fact]
    public async Task Given_staff_running_the_day_When_they_start_and_complete_Then_each_step_is_recorded_and_illegal_steps_are_refused()
    {
        var booked = await BookAsync(lucia, ThursdayTen);
        var desk = factory.CreateClientAs(ClinicRoles.FrontDesk);

        var early = await (await desk.PostAsync($"/api/admin/appointments/{booked.AppointmentId}/complete", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await lucia.PostAsync($"/api/admin/appointments/{booked.AppointmentId}/start", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        factory.Clock!.SetUtcNow(ThursdayTen.AddMinutes(-5));
        await (await desk.PostAsync($"/api/admin/appointments/{booked.AppointmentId}/start", null)).ShouldBeJsonAsync<AppointmentDetails>();
        var done = await (await desk.PostAsync($"/api/admin/appointments/{booked.AppointmentId}/complete", null)).ShouldBeJsonAsync<AppointmentDetails>();
        var again = await (await desk.PostAsJsonAsync($"/api/admin/appointments/{booked.AppointmentId}/cancel", new CancelAppointment(false, null)))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);

        early.Detail.ShouldBe("Only an appointment in progress can be completed; this one is booked. Start it first.");
        done.Status.ShouldBe(AppointmentStatus.Completed);
        done.History.Select(h => (h.Action, h.By)).ShouldBe([("booked", "patient"), ("started", "Test Staff"), ("completed", "Test Staff")]);
        again.Detail.ShouldBe("Only a booked appointment can be cancelled; this one is completed.");
        (await factory.OutboxEventsAsync<SchedulingDbContext, AppointmentStarted>()).Count.ShouldBe(1);
        (await factory.OutboxEventsAsync<SchedulingDbContext, AppointmentCompleted>()).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Given_an_appointment_days_away_When_staff_start_it_without_a_reason_Then_422_early_start_and_it_stays_booked_with_nothing_announced()
    {
        var booked = await BookAsync(lucia, ThursdayTen);
        var desk = factory.CreateClientAs(ClinicRoles.FrontDesk);

        var refused = await (await desk.PostAsync($"/api/admin/appointments/{booked.AppointmentId}/start", null)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var blank = await desk.PostAsJsonAsync($"/api/admin/appointments/{booked.AppointmentId}/start-early", new StartAppointmentEarly("  "));
        var complete = await desk.PostAsync($"/api/admin/appointments/{booked.AppointmentId}/complete", null);

        refused.Extensions["code"]!.ToString().ShouldBe("early-start");
        DateTimeOffset.Parse(refused.Extensions["startableFrom"]!.ToString()!, System.Globalization.CultureInfo.InvariantCulture).ShouldBe(ThursdayTen.AddMinutes(-30));
        (await blank.ShouldBeValidationProblemAsync()).Errors.Keys.ShouldBe(["reason"]);
        complete.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var details = await (await desk.GetAsync($"/api/admin/appointments/{booked.AppointmentId}")).ShouldBeJsonAsync<AppointmentDetails>();
        details.Status.ShouldBe(AppointmentStatus.Booked);
        (await factory.OutboxEventsAsync<SchedulingDbContext, AppointmentStarted>()).ShouldBeEmpty();
        (await factory.OutboxEventsAsync<SchedulingDbContext, AppointmentCompleted>()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_an_appointment_days_away_When_staff_start_it_with_a_reason_Then_it_starts_and_the_history_keeps_the_override()
    {
        var booked = await BookAsync(lucia, ThursdayTen);
        var desk = factory.CreateClientAs(ClinicRoles.FrontDesk);

        var started = await (await desk.PostAsJsonAsync($"/api/admin/appointments/{booked.AppointmentId}/start-early", new StartAppointmentEarly("La paciente llegó el lunes")))
            .ShouldBeJsonAsync<AppointmentDetails>();
        var tooLong = await desk.PostAsJsonAsync($"/api/admin/appointments/{booked.AppointmentId}/start-early", new StartAppointmentEarly(new string('x', 301)));

        started.Status.ShouldBe(AppointmentStatus.Started);
        started.History.Last().Details.ShouldBe("early: La paciente llegó el lunes");
        (await factory.OutboxEventsAsync<SchedulingDbContext, AppointmentStarted>()).Count.ShouldBe(1);
        (await tooLong.ShouldBeValidationProblemAsync()).Errors.Keys.ShouldBe(["reason"]);
    }

    [Fact]
    public async Task Given_the_clinics_early_start_window_When_staff_start_just_outside_and_then_just_inside_it_Then_only_the_second_needs_no_reason()
    {
        (await clinic.Admin.PutAsJsonAsync("/api/admin/schedules/booking-settings",
            new UpdateBookingSettings(15, 120, 90, ProviderChoiceMode.SpecificOrFirstAvailable, 10, EarlyStartMinutes: 60))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var booked = await BookAsync(lucia, ThursdayTen);
        var desk = factory.CreateClientAs(ClinicRoles.FrontDesk);

        factory.Clock!.SetUtcNow(ThursdayTen.AddMinutes(-61));
        var outside = await desk.PostAsync($"/api/admin/appointments/{booked.AppointmentId}/start", null);
        factory.Clock!.SetUtcNow(ThursdayTen.AddMinutes(-60));
        var inside = await desk.PostAsync($"/api/admin/appointments/{booked.AppointmentId}/start", null);

        outside.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await inside.ShouldBeJsonAsync<AppointmentDetails>()).History.Last().Details.ShouldBeNull();
        (await clinic.Admin.PutAsJsonAsync("/api/admin/schedules/booking-settings",
            new UpdateBookingSettings(15, 120, 90, ProviderChoiceMode.SpecificOrFirstAvailable, 10, EarlyStartMinutes: -1))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Given_two_appointments_When_staff_move_both_into_the_same_time_at_once_Then_exactly_one_moves_and_the_other_keeps_its_time()
    {
        var first = await BookAsync(lucia, ThursdayTen);
        var second = await BookAsync(lucia, ThursdayTen.AddHours(2));
        var desk = factory.CreateClientAs(ClinicRoles.FrontDesk);
        var target = ThursdayTen.AddHours(6);

        var responses = await Task.WhenAll(
            desk.PostAsJsonAsync($"/api/admin/appointments/{first.AppointmentId}/reschedule", new RescheduleAppointment(target, null)),
            factory.CreateClientAs(ClinicRoles.FrontDesk).PostAsJsonAsync($"/api/admin/appointments/{second.AppointmentId}/reschedule", new RescheduleAppointment(target, null)));

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBe(1);
        await using var scope = factory.Services.CreateAsyncScope();
        var starts = await scope.ServiceProvider.GetRequiredService<SchedulingDbContext>().Appointments.AsNoTracking().Select(a => a.StartsAt).ToListAsync();
        starts.Count(s => s == target).ShouldBe(1);
        starts.Count.ShouldBe(2, "the loser keeps its original time");
    }

    [Fact]
    public async Task Given_a_booking_under_a_duplicate_profile_When_staff_merge_it_into_the_patients_own_Then_the_appointment_follows_into_their_portal_under_their_name()
    {
        // Lucía once booked as a guest with her work email, which made a second profile.
        var guest = factory.CreateBrowserClient();
        var hold = await flow.HoldAsync(guest, ThursdayTen, clinic.Bea, clinic.ServiceA);
        var details = BookingFlow.Guest("lucia.trabajo@example.com");
        var asGuest = await (await BookingFlow.ConfirmAsync(guest, BookingFlow.Booking(hold, details, await flow.VerifyPhoneAsync(guest))))
            .ShouldBeJsonAsync<BookingConfirmation>();
        var kept = (await (await lucia.GetAsync("/api/account/me")).ShouldBeJsonAsync<CurrentUserResponse>()).PatientId!.Value;
        var frontDesk = factory.CreateClientAs(ClinicRoles.FrontDesk);

        (await frontDesk.PostAsJsonAsync("/api/admin/patients/merge", new MergePatients(kept, asGuest.PatientId))).StatusCode.ShouldBe(HttpStatusCode.OK);
        await factory.Services.GetRequiredService<OutboxProcessor<IdentityDbContext>>().ProcessBatchAsync(CancellationToken.None);

        var appointmentId = asGuest.Appointments.Single().AppointmentId;
        var mine = await (await lucia.GetAsync("/api/portal/appointments")).ShouldBeJsonAsync<MyAppointmentsResponse>();
        mine.Upcoming.Single().Appointment.Id.ShouldBe(appointmentId);
        var moved = await (await frontDesk.GetAsync($"/api/admin/appointments/{appointmentId}")).ShouldBeJsonAsync<AppointmentDetails>();
        (moved.PatientId, moved.PatientName).ShouldBe((kept, "Lucía Moreno"));
        moved.History[^1].Action.ShouldBe("patient-merged");
        moved.Status.ShouldBe(AppointmentStatus.Booked, "a merge moves the appointment and changes nothing else");
    }
}
