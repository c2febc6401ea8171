using Clinic.BuildingBlocks.Errors;
using Clinic.Scheduling.Domain.Appointments;

namespace Clinic.UnitTests.Scheduling.Appointments;

public sealed class AppointmentLifecycleTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(1));

    private static Appointment Booked() => Appointment.Book(
        Guid.NewGuid(), "Lucía Pérez", Guid.NewGuid(), Guid.NewGuid(), Start,
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

        appointment.Start(Start, "Recepción");
        appointment.Complete(Start.AddMinutes(100), "Dra. Fernández");

        appointment.Status.ShouldBe(AppointmentStatus.Completed);
        appointment.Changes.Select(c => (c.Action, c.By)).ShouldBe([("booked", "patient"), ("started", "Recepción"), ("completed", "Dra. Fernández")]);
        appointment.Revision.ShouldBe(3);
    }

    private static readonly Dictionary<string, (Action<Appointment> Act, string Message)> IllegalTransitions = new()
    {
        ["complete a booked one"] = (a => a.Complete(Start, "x"), "Only an appointment in progress can be completed; this one is booked. Start it first."),
        ["start a cancelled one"] = (a => { a.Cancel(Start, "x", false, 0, null); a.Start(Start, "x"); }, "Only a booked appointment can be started; this one is cancelled."),
        ["complete a cancelled one"] = (a => { a.Cancel(Start, "x", false, 0, null); a.Complete(Start, "x"); }, "Only an appointment in progress can be completed; this one is cancelled. Start it first."),
        ["cancel a completed one"] = (a => { a.Start(Start, "x"); a.Complete(Start, "x"); a.Cancel(Start, "x", false, 0, null); }, "Only a booked appointment can be cancelled; this one is completed."),
        ["reschedule one in progress"] = (a => { a.Start(Start, "x"); a.Reschedule(Start.AddDays(1), a.ProviderId, Start, "x"); }, "Only a booked appointment can be rescheduled; this one is in progress."),
        ["no-show before it starts"] = (a => a.MarkNoShow(Start.AddMinutes(-1), "x"), "A patient can only be marked as a no-show once the appointment time has come."),
        ["no-show after a no-show"] = (a => { a.MarkNoShow(Start, "x"); a.MarkNoShow(Start, "x"); }, "Only a booked appointment can be marked as a no-show; this one is a no-show."),
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

        appointment.Reschedule(newStart, appointment.ProviderId, Start, "Recepción");

        appointment.StartsAt.ShouldBe(newStart);
        appointment.EndsAt.ShouldBe(newStart.AddMinutes(100));
        appointment.OccupiedUntil.ShouldBe(newStart.AddMinutes(105));
        appointment.Changes.Last().Details.ShouldBe($"{Start:O} -> {newStart:O}");
    }
}
