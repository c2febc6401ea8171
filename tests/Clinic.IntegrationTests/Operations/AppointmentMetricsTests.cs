using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using Clinic.BuildingBlocks.Operations;
using Clinic.Identity.Contracts;
using Clinic.IntegrationTests.Availability;
using Clinic.IntegrationTests.Booking;
using Clinic.IntegrationTests.Identity;
using Clinic.IntegrationTests.Infrastructure;
using Clinic.Scheduling.Features.Appointments;
using Clinic.Scheduling.Features.Appointments.BookForPatient;
using Clinic.Scheduling.Features.Appointments.CancelAppointment;
using Clinic.Scheduling.Features.Appointments.CancelMyAppointment;
using Clinic.Scheduling.Features.Booking.ConfirmBooking;
using Microsoft.Extensions.DependencyInjection;

namespace Clinic.IntegrationTests.Operations;

/// <summary>Bookings and cancellations are counted when they commit, by who made them (dashboards read these, not event deliveries).</summary>
public sealed class AppointmentMetricsTests : IDisposable
{
    private readonly ClinicApiFactory factory = new ClinicApiFactory().WithoutBackgroundWorkers();
    private readonly MeterListener listener = new();
    private readonly ConcurrentQueue<(string Name, long Value, Dictionary<string, object?> Tags)> measurements = new();

    public void Dispose()
    {
        listener.Dispose();
        factory.Dispose();
    }

    private void Listen()
    {
        var meter = factory.Services.GetRequiredService<ClinicMetrics>().Meter;
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter == meter)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            measurements.Enqueue((instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value))));
        listener.Start();
    }

    [Fact]
    public async Task Given_bookings_and_cancellations_by_patients_and_staff_When_they_commit_Then_each_is_counted_once_with_who_made_it()
    {
        var clinic = await AvailabilityScenario.CreateAsync(factory);
        var flow = new BookingFlow(clinic);
        var lucia = await new IdentityApi(factory).RegisteredPatientAsync("lucia@example.com", "Lucía", "Moreno");
        var pedro = await new IdentityApi(factory).SendAsync(new EnsurePatientProfile("Pedro", "Gil", "pedro@example.com", null, "es"));
        Listen();

        var hold = await flow.HoldAsync(lucia, AvailabilityScenario.At(3, 10), clinic.Bea, clinic.ServiceA);
        var online = (await (await BookingFlow.ConfirmAsync(lucia, BookingFlow.Booking(hold, null, null))).ShouldBeJsonAsync<BookingConfirmation>()).Appointments.Single();
        var byStaff = await (await clinic.Admin.PostAsJsonAsync("/api/admin/appointments",
            new BookForPatient(pedro.PatientId, clinic.Location, clinic.Bea, [clinic.ServiceA], AvailabilityScenario.At(4, 10), null))).ShouldBeJsonAsync<AppointmentDetails>(HttpStatusCode.Created);
        var refused = await clinic.Admin.PostAsJsonAsync("/api/admin/appointments",
            new BookForPatient(pedro.PatientId, clinic.Location, clinic.Bea, [clinic.ServiceA], AvailabilityScenario.At(4, 10), null));
        await (await lucia.PostAsJsonAsync($"/api/portal/appointments/{online.AppointmentId}/cancel", new CancelMyAppointment(false, "viaje"))).ShouldBeJsonAsync<AppointmentDetails>();
        await (await clinic.Admin.PostAsJsonAsync($"/api/admin/appointments/{byStaff.Id}/cancel", new CancelAppointment(false, null))).ShouldBeJsonAsync<AppointmentDetails>();

        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict, "a refused booking is not counted");
        var booked = measurements.Where(m => m.Name == "clinic.appointments.booked").ToList();
        booked.Sum(m => m.Value).ShouldBe(2);
        booked.Select(m => m.Tags[ClinicMetrics.BookedByTag]).Order().ShouldBe(["patient", "staff"]);
        var cancelled = measurements.Where(m => m.Name == "clinic.appointments.cancelled").ToList();
        cancelled.Sum(m => m.Value).ShouldBe(2);
        cancelled.Select(m => m.Tags[ClinicMetrics.CancelledByTag]).Order().ShouldBe(["patient", "staff"]);
        cancelled.ShouldAllBe(m => Equals(m.Tags[ClinicMetrics.LateTag], false));
    }
}
