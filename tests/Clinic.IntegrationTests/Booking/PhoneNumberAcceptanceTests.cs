using System.Net;
using System.Net.Http.Json;
using Clinic.BuildingBlocks.Abstractions;
using Clinic.Identity.Features.Patients.CreatePatient;
using Clinic.IntegrationTests.Infrastructure;
using Clinic.Scheduling.Features.Booking.ConfirmBooking;

namespace Clinic.IntegrationTests.Booking;

/// <summary>The booking page and the staff "new patient" form read phone numbers with the same rule and the same region.</summary>
public sealed class PhoneNumberAcceptanceTests : IDisposable
{
    private readonly ClinicApiFactory factory = new ClinicApiFactory().WithoutBackgroundWorkers();

    public void Dispose() => factory.Dispose();

    [Theory]
    [InlineData("612 345 678", true)]
    [InlineData("(0034) 612 345 678", true)]
    [InlineData("+44 7911 123456", true)]
    [InlineData("+34 000 000 000", false)]
    [InlineData("123456", false)]
    [InlineData("call me", false)]
    public async Task Given_a_phone_number_When_given_to_the_booking_form_and_the_staff_form_Then_both_accept_it_or_both_refuse_it(string phone, bool real)
    {
        var staff = await factory.CreateClientAs(ClinicRoles.Admin).PostAsJsonAsync("/api/admin/patients",
            new CreatePatient("Ana", "Torres", $"ana.{Guid.NewGuid():N}@example.com", phone, null, null, "es", false));
        var booking = await factory.CreateBrowserClient().PostAsJsonAsync("/api/booking/confirm",
            new ConfirmBooking([new HeldSlot(Guid.NewGuid(), "token")], new PatientDetails("Ana", "Torres", "ana@example.com", phone, "es"), null, null));

        if (real)
        {
            staff.StatusCode.ShouldBe(HttpStatusCode.Created);
            (await booking.ShouldBeProblemAsync(HttpStatusCode.NotFound)).Detail.ShouldStartWith("Hold", customMessage: "past validation: only the made-up hold is missing");
        }
        else
        {
            (await staff.ShouldBeValidationProblemAsync()).Errors.Keys.ShouldBe(["phone"]);
            (await booking.ShouldBeValidationProblemAsync()).Errors.Keys.ShouldBe(["patient.phone"]);
        }
    }
}
