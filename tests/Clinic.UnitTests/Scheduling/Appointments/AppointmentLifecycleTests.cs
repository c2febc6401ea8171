using Clinic.BuildingBlocks.Errors;
using Clinic.Scheduling.Domain.Appointments;
using Clinic.Scheduling.Domain.Catalog;
using Clinic.Scheduling.Domain.Policies;

namespace Clinic.UnitTests.Scheduling.Appointments;

public sealed class AppointmentLifecycleTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(1));

    private static readonly Provider Ana = Provider.Create(new ProviderDetails("Ana", null, null, null, [], []));

    // The appointments below are booked under policy version 3.
    private static readonly CancellationPolicy Accepted = CancellationPolicy.Next(2, true, true, 24, LateFeeKind.None, 0, 0, "es", "en", Start.AddDays(-10));

    private static Appointment Booked() => Appointment.Book(
        Guid.NewGuid(), "Lucía Pérez", Ana.Id, Guid.NewGuid(), Start,
        [new AppointmentService(0, Guid.NewGuid(), "Limpieza", 60, 10, 6500, "EUR"), new AppointmentService(1, Guid.NewGuid(), "Peeling", 30, 5, 9000, "EUR")],
        3, Start.AddDays(-3), "patient", null);

    [Fact]
    public void Given_two_services_When_booked_Then_they_run_back_to_back_and_the_last_buffer_only_occupies_the_provider()
    {
        var appointment = Booked();

        appointment.EndsAt.ShouldBe(Start.AddMinutes(60 + 10 + 30));
        appointment.OccupiedUntil.ShouldBe(Start.AddMinutes(60 + 10 + 30 + 5));
        appointment.TotalPriceMinor.ShouldBe(15500);
        appointment.Changes.Single().Action.ShouldBe("booked");
    }

    [Fact]
    public void Given_a_booked_appointment_When_started_and_completed_Then_each_step_is_recorded_with_who_and_when()
    {
        var appointment = Booked();

        appointment.Start(Start, "Recepción", Start, null);
        appointment.Complete(Start.AddMinutes(100), "Dra. Fernández");

        appointment.Status.ShouldBe(AppointmentStatus.Completed);
        appointment.Changes.Select(c => (c.Action, c.By)).ShouldBe([("booked", "patient"), ("started", "Recepción"), ("completed", "Dra. Fernández")]);
        appointment.Revision.ShouldBe(3);
    }

    private static readonly Dictionary<string, (Action<Appointment> Act, string Message)> IllegalTransitions = new()
    {
        ["complete a booked one"] = (a => a.Complete(Start, "x"), "Only an appointment in progress can be completed; this one is booked. Start it first."),
        ["start a cancelled one"] = (a => { a.Cancel(Accepted, Start, "x", false, null); a.Start(Start, "x", Start, null); }, "Only a booked appointment can be started; this one is cancelled."),
        ["complete a cancelled one"] = (a => { a.Cancel(Accepted, Start, "x", false, null); a.Complete(Start, "x"); }, "Only an appointment in progress can be completed; this one is cancelled. Start it first."),
        ["cancel a completed one"] = (a => { a.Start(Start, "x", Start, null); a.Complete(Start, "x"); a.Cancel(Accepted, Start, "x", false, null); }, "Only a booked appointment can be cancelled; this one is completed."),
        ["reschedule one in progress"] = (a => { a.Start(Start, "x", Start, null); a.Reschedule(Start.AddDays(1), Ana, Start, "x"); }, "Only a booked appointment can be rescheduled; this one is in progress."),
        ["no-show before it starts"] = (a => a.MarkNoShow(Accepted, Start.AddMinutes(-1), "x"), "A patient can only be marked as a no-show once the appointment time has come."),
        ["no-show after a no-show"] = (a => { a.MarkNoShow(Accepted, Start, "x"); a.MarkNoShow(Accepted, Start, "x"); }, "Only a booked appointment can be marked as a no-show; this one is a no-show."),
    };

    [Theory]
    [InlineData("complete a booked one")]
    [InlineData("start a cancelled one")]
    [InlineData("complete a cancelled one")]
    [InlineData("cancel a completed one")]
    [InlineData("reschedule one in progress")]
    [InlineData("no-show before it starts")]
    [InlineData("no-show after a no-show")]
    public void Given_an_appointment_When_an_illegal_transition_is_attempted_Then_a_conflict_explains_why(string transition)
    {
        var appointment = Booked();
        var (act, message) = IllegalTransitions[transition];

        Should.Throw<ConflictException>(() => act(appointment)).Message.ShouldBe(message);
    }

    [Fact]
    public void Given_a_booked_appointment_When_rescheduled_Then_it_keeps_its_length_and_buffer()
    {
        var appointment = Booked();
        var newStart = Start.AddDays(2).AddHours(3);

        appointment.Reschedule(newStart, Ana, Start, "Recepción");

        appointment.StartsAt.ShouldBe(newStart);
        appointment.EndsAt.ShouldBe(newStart.AddMinutes(100));
        appointment.OccupiedUntil.ShouldBe(newStart.AddMinutes(105));
        appointment.Changes.Last().Details.ShouldBe($"{Start:O} -> {newStart:O}");
    }

    [Theory]
    [InlineData(25, true, false, 0)]
    [InlineData(23, true, true, 2500)]
    [InlineData(23, false, true, 0)]
    public void Given_the_policy_the_patient_accepted_When_cancelled_Then_it_decides_late_and_fee_unless_staff_waive_it(int hoursBefore, bool charge, bool late, long fee)
    {
        var appointment = Booked();
        var accepted = CancellationPolicy.Next(2, true, true, 24, LateFeeKind.Fixed, 2500, 0, "es", "en", Start.AddDays(-10));

        appointment.Cancel(accepted, Start.AddHours(-hoursBefore), "Recepción", charge, "viaje");

        appointment.Status.ShouldBe(AppointmentStatus.Cancelled);
        appointment.CancelledLate.ShouldBe(late);
        appointment.CancellationFeeMinor.ShouldBe(fee);
        appointment.Changes.Last().Details.ShouldBe($"late={late}; fee={fee}; viaje");
    }

    [Fact]
    public void Given_another_policy_version_than_the_one_accepted_When_cancelling_Then_it_is_refused_as_a_programming_error()
    {
        var other = CancellationPolicy.Next(4, true, true, 24, LateFeeKind.None, 0, 0, "es", "en", Start);

        Should.Throw<ArgumentException>(() => Booked().Cancel(other, Start, "x", true, null));
    }

    [Fact]
    public void Given_another_provider_who_does_not_perform_the_services_When_rescheduled_to_them_Then_it_is_refused()
    {
        var bea = Provider.Create(new ProviderDetails("Bea", null, null, null, [], []));

        Should.Throw<BusinessRuleException>(() => Booked().Reschedule(Start.AddDays(1), bea, Start, "x"))
            .Message.ShouldBe("Bea does not perform these services at this location.");
    }

    [Fact]
    public void Given_a_booked_appointment_When_time_passes_or_it_is_cancelled_Then_it_is_no_longer_upcoming()
    {
        var appointment = Booked();

        appointment.IsUpcoming(Start.AddMinutes(-1)).ShouldBeTrue();
        appointment.IsUpcoming(Start).ShouldBeFalse();
        appointment.Cancel(Accepted, Start.AddDays(-2), "x", false, null);
        appointment.IsUpcoming(Start.AddMinutes(-1)).ShouldBeFalse();
    }
}
