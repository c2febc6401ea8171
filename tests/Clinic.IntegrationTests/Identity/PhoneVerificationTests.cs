using System.Net;
using System.Net.Http.Json;
using Clinic.BuildingBlocks.Abstractions;
using Clinic.Identity.Contracts;
using Clinic.Identity.Features.PhoneVerification.SendPhoneVerificationCode;
using Clinic.Identity.Features.PhoneVerification.VerifyPhoneCode;
using Clinic.Identity.Features.Settings.UpdatePortalAccessSettings;
using Clinic.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Clinic.IntegrationTests.Identity;

public sealed class PhoneVerificationTests : IDisposable
{
    private const string Phone = "+34 600 111 222";
    private const string E164 = "+34600111222";
    private static readonly DateTimeOffset Now = TestClock.Now;
    private readonly ClinicApiFactory factory = new ClinicApiFactory()
        .WithoutBackgroundWorkers()
        .With("Identity:RateLimits:SmsCodesPerHour", "100")
        .With("Identity:RateLimits:SmsChecksPerMinute", "100")
        .WithFakeClock(Now);
    private readonly IdentityApi api;
    private readonly HttpClient patient;

    public PhoneVerificationTests()
    {
        api = new IdentityApi(factory);
        patient = factory.CreateBrowserClient();
    }

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Given_a_phone_When_a_code_is_requested_and_entered_Then_a_token_proves_the_phone_once_to_the_booking()
    {
        var sent = await (await patient.PostAsJsonAsync("/api/phone-verification/codes", new SendPhoneVerificationCode("600 11 12 22", "es")))
            .ShouldBeJsonAsync<PhoneCodeSent>(HttpStatusCode.Accepted);
        var sms = (await api.EventsAsync<PhoneVerificationCodeRequested>()).ShouldHaveSingleItem();

        var verified = await (await patient.PostAsJsonAsync("/api/phone-verification/verify", new VerifyPhoneCode(Phone, sms.Code)))
            .ShouldBeJsonAsync<PhoneVerified>();

        sent.ShouldBe(new PhoneCodeSent(E164, Now.AddMinutes(10)));
        sms.Phone.ShouldBe(E164);
        sms.Language.ShouldBe("es");
        sms.Code.ShouldMatch("^[0-9]{6}$");
        verified.ExpiresAt.ShouldBe(Now.AddMinutes(30));
        (await api.SendAsync(new VerifyPhoneToken(verified.Token, "+34600111222"))).ShouldBeTrue();
        (await api.SendAsync(new VerifyPhoneToken(verified.Token, "+34 699 999 999"))).ShouldBeFalse("the token proves this phone only");
        (await api.SendAsync(new ConsumePhoneVerificationToken(verified.Token, Phone))).ShouldBeTrue();
        (await api.SendAsync(new ConsumePhoneVerificationToken(verified.Token, Phone))).ShouldBeFalse("a token books once");
        (await api.SendAsync(new VerifyPhoneToken(verified.Token, Phone))).ShouldBeFalse();
    }

    [Fact]
    public async Task Given_a_token_used_up_for_one_booking_When_that_booking_and_then_another_ask_for_it_Then_only_the_same_booking_gets_it_again()
    {
        await patient.PostAsJsonAsync("/api/phone-verification/codes", new SendPhoneVerificationCode(Phone, "es"));
        var code = (await api.EventsAsync<PhoneVerificationCodeRequested>()).Single().Code;
        var verified = await (await patient.PostAsJsonAsync("/api/phone-verification/verify", new VerifyPhoneCode(Phone, code))).ShouldBeJsonAsync<PhoneVerified>();

        (await api.SendAsync(new ConsumePhoneVerificationToken(verified.Token, Phone, "booking:first"))).ShouldBeTrue();
        (await api.SendAsync(new ConsumePhoneVerificationToken(verified.Token, "600 111 222", "booking:first"))).ShouldBeTrue("a retry of the same booking");
        (await api.SendAsync(new ConsumePhoneVerificationToken(verified.Token, Phone, "booking:second"))).ShouldBeFalse("another booking");
        (await api.SendAsync(new ConsumePhoneVerificationToken(verified.Token, Phone))).ShouldBeFalse("a use with no purpose");
        (await api.SendAsync(new VerifyPhoneToken(verified.Token, Phone))).ShouldBeFalse();
        (await api.QueryAsync(db => db.PhoneVerifications.SingleAsync())).TokenUsedFor.ShouldBe("booking:first");
    }

    [Fact]
    public async Task Given_a_code_When_stored_Then_only_its_hash_is_kept()
    {
        await patient.PostAsJsonAsync("/api/phone-verification/codes", new SendPhoneVerificationCode(Phone, "es"));
        var code = (await api.EventsAsync<PhoneVerificationCodeRequested>()).Single().Code;

        var stored = await api.QueryAsync(db => db.PhoneVerifications.SingleAsync());

        stored.CodeHash.ShouldNotContain(code);
        stored.CodeHash.Length.ShouldBeGreaterThan(40);
    }

    [Fact]
    public async Task Given_a_code_When_checked_wrongly_five_times_Then_even_the_right_code_no_longer_works()
    {
        await patient.PostAsJsonAsync("/api/phone-verification/codes", new SendPhoneVerificationCode(Phone, "en"));
        var code = (await api.EventsAsync<PhoneVerificationCodeRequested>()).Single().Code;
        var wrong = code == "000000" ? "111111" : "000000";

        var firstMiss = await (await patient.PostAsJsonAsync("/api/phone-verification/verify", new VerifyPhoneCode(Phone, wrong)))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        for (var attempt = 2; attempt <= 5; attempt++)
        {
            (await patient.PostAsJsonAsync("/api/phone-verification/verify", new VerifyPhoneCode(Phone, wrong))).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        }

        var right = await (await patient.PostAsJsonAsync("/api/phone-verification/verify", new VerifyPhoneCode(Phone, code)))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        firstMiss.Detail.ShouldBe("The code is not correct. You can try 4 more time(s).");
        right.Detail.ShouldBe("Too many wrong attempts with this code. Ask for a new code.");
        (await api.QueryAsync(db => db.PhoneVerifications.SingleAsync())).Checks.ShouldBe(5);
    }

    [Fact]
    public async Task Given_a_code_When_entered_after_ten_minutes_Then_it_has_expired()
    {
        await patient.PostAsJsonAsync("/api/phone-verification/codes", new SendPhoneVerificationCode(Phone, "es"));
        var code = (await api.EventsAsync<PhoneVerificationCodeRequested>()).Single().Code;

        factory.Clock!.Advance(TimeSpan.FromMinutes(10));

        var problem = await (await patient.PostAsJsonAsync("/api/phone-verification/verify", new VerifyPhoneCode(Phone, code)))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.Detail.ShouldBe("This code has expired. Ask for a new code.");
    }

    [Fact]
    public async Task Given_a_code_already_used_When_entered_again_Then_it_is_refused()
    {
        await patient.PostAsJsonAsync("/api/phone-verification/codes", new SendPhoneVerificationCode(Phone, "es"));
        var code = (await api.EventsAsync<PhoneVerificationCodeRequested>()).Single().Code;
        (await patient.PostAsJsonAsync("/api/phone-verification/verify", new VerifyPhoneCode(Phone, code))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var again = await (await patient.PostAsJsonAsync("/api/phone-verification/verify", new VerifyPhoneCode(Phone, code)))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        again.Detail.ShouldBe("This code has already been used. Ask for a new code.");
    }

    [Fact]
    public async Task Given_a_verified_token_When_its_half_hour_has_passed_Then_the_booking_cannot_use_it()
    {
        await patient.PostAsJsonAsync("/api/phone-verification/codes", new SendPhoneVerificationCode(Phone, "es"));
        var code = (await api.EventsAsync<PhoneVerificationCodeRequested>()).Single().Code;
        var verified = await (await patient.PostAsJsonAsync("/api/phone-verification/verify", new VerifyPhoneCode(Phone, code))).ShouldBeJsonAsync<PhoneVerified>();

        factory.Clock!.Advance(TimeSpan.FromMinutes(30));

        (await api.SendAsync(new VerifyPhoneToken(verified.Token, Phone))).ShouldBeFalse();
        (await api.SendAsync(new ConsumePhoneVerificationToken(verified.Token, Phone))).ShouldBeFalse();
    }

    [Fact]
    public async Task Given_five_codes_sent_to_a_phone_this_hour_When_a_sixth_is_requested_Then_429_until_the_hour_has_passed()
    {
        for (var sent = 0; sent < 5; sent++)
        {
            (await patient.PostAsJsonAsync("/api/phone-verification/codes", new SendPhoneVerificationCode(Phone, "es"))).StatusCode.ShouldBe(HttpStatusCode.Accepted);
            factory.Clock!.Advance(TimeSpan.FromMinutes(1));
        }

        var sixth = await patient.PostAsJsonAsync("/api/phone-verification/codes", new SendPhoneVerificationCode(Phone, "es"));

        (await sixth.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests)).Detail.ShouldBe("Too many codes were sent to this phone. Wait a while before asking for another one.");
        sixth.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromMinutes(55));
        (await patient.PostAsJsonAsync("/api/phone-verification/codes", new SendPhoneVerificationCode("+34 699 000 111", "es"))).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await api.EventsAsync<PhoneVerificationCodeRequested>()).Count(e => e.Phone == E164).ShouldBe(5);

        factory.Clock!.Advance(TimeSpan.FromMinutes(55));
        (await patient.PostAsJsonAsync("/api/phone-verification/codes", new SendPhoneVerificationCode(Phone, "es"))).StatusCode.ShouldBe(HttpStatusCode.Accepted);
    }

    [Fact]
    public async Task Given_one_address_When_it_asks_for_codes_to_many_phones_Then_the_per_address_limit_stops_it()
    {
        using var limited = new ClinicApiFactory().WithoutBackgroundWorkers().With("Identity:RateLimits:SmsCodesPerHour", "3");
        var pumper = limited.CreateBrowserClient();
        for (var phone = 0; phone < 3; phone++)
        {
            (await pumper.PostAsJsonAsync("/api/phone-verification/codes", new SendPhoneVerificationCode($"+34 600 000 00{phone}", "es")))
                .StatusCode.ShouldBe(HttpStatusCode.Accepted);
        }

        (await pumper.PostAsJsonAsync("/api/phone-verification/codes", new SendPhoneVerificationCode("+34 600 000 009", "es")))
            .StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Given_the_clinic_switched_the_sms_step_off_When_a_code_is_requested_Then_422_and_the_booking_policy_says_so()
    {
        (await factory.CreateClientAs(ClinicRoles.Admin).PutAsJsonAsync("/api/admin/settings/portal-access", new UpdatePortalAccessSettings(true, false, null)))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var response = await patient.PostAsJsonAsync("/api/phone-verification/codes", new SendPhoneVerificationCode(Phone, "es"));

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        (await api.SendAsync(new GetPhoneVerificationPolicy())).Required.ShouldBeFalse();
        (await api.EventsAsync<PhoneVerificationCodeRequested>()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_a_malformed_phone_or_code_When_submitted_Then_400_names_the_field()
    {
        (await (await patient.PostAsJsonAsync("/api/phone-verification/codes", new SendPhoneVerificationCode("123", "es")))
            .ShouldBeValidationProblemAsync()).Errors.Keys.ShouldBe(["phone"]);
        (await (await patient.PostAsJsonAsync("/api/phone-verification/verify", new VerifyPhoneCode(Phone, "12ab")))
            .ShouldBeValidationProblemAsync()).Errors.Keys.ShouldBe(["code"]);
    }
}
