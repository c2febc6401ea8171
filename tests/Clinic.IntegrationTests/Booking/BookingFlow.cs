using System.Net;
using System.Net.Http.Json;
using Clinic.Identity.Contracts;
using Clinic.Identity.Features.PhoneVerification.SendPhoneVerificationCode;
using Clinic.Identity.Features.PhoneVerification.VerifyPhoneCode;
using Clinic.IntegrationTests.Availability;
using Clinic.IntegrationTests.Identity;
using Clinic.IntegrationTests.Infrastructure;
using Clinic.Scheduling.Features.Booking.ConfirmBooking;
using Clinic.Scheduling.Features.Booking.PlaceSlotHold;

namespace Clinic.IntegrationTests.Booking;

/// <summary>The patient's booking steps over HTTP, as the SPA takes them: hold a time, prove the phone, confirm.</summary>
internal sealed class BookingFlow(AvailabilityScenario clinic)
{
    public const string Phone = "+34 612 345 678";

    private readonly IdentityApi identity = new(clinic.Factory);

    public static PatientDetails Guest(string email = "lucia.moreno@example.com", string language = "es", string phone = Phone) =>
        new("Lucía", "Moreno Ruiz", email, phone, language);

    public async Task<SlotHoldResponse> HoldAsync(HttpClient browser, DateTimeOffset start, Guid? provider, params Guid[] services) =>
        await (await browser.PostAsJsonAsync("/api/booking/holds", new PlaceSlotHold(clinic.Location, services, provider, start)))
            .ShouldBeJsonAsync<SlotHoldResponse>(HttpStatusCode.Created);

    /// <summary>Requests a code for the phone and enters the one Identity queued for SMS; returns the verification token.</summary>
    public async Task<string> VerifyPhoneAsync(HttpClient browser, string phone = Phone)
    {
        (await browser.PostAsJsonAsync("/api/phone-verification/codes", new SendPhoneVerificationCode(phone, "es"))).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var code = (await identity.EventsAsync<PhoneVerificationCodeRequested>()).Last().Code;
        var verified = await (await browser.PostAsJsonAsync("/api/phone-verification/verify", new VerifyPhoneCode(phone, code)))
            .ShouldBeJsonAsync<Clinic.Identity.Features.PhoneVerification.VerifyPhoneCode.PhoneVerified>();
        return verified.Token;
    }

    public static async Task<HttpResponseMessage> ConfirmAsync(HttpClient browser, ConfirmBooking booking, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/booking/confirm") { Content = JsonContent.Create(booking) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await browser.SendAsync(request);
    }

    public static ConfirmBooking Booking(SlotHoldResponse hold, PatientDetails? patient, string? phoneToken) =>
        new([new HeldSlot(hold.HoldId, hold.HoldToken)], patient, phoneToken, null);
}
