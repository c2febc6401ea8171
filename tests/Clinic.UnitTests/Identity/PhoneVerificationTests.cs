using Clinic.Identity.Domain.PhoneVerifications;

namespace Clinic.UnitTests.Identity;

public sealed class PhoneVerificationTests
{
    private static readonly DateTimeOffset Sent = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan TenMinutes = TimeSpan.FromMinutes(10);

    [Fact]
    public void Given_the_right_code_When_checked_Then_it_is_verified_once_and_the_token_lives_its_lifetime()
    {
        var verification = PhoneVerification.Send("+34600111222", "hash-of-123456", Sent, TenMinutes, null);

        var first = verification.Check(hash => hash == "hash-of-123456", Sent.AddMinutes(1), 5, "token-hash", TimeSpan.FromMinutes(30));
        var second = verification.Check(hash => hash == "hash-of-123456", Sent.AddMinutes(2), 5, "other-token", TimeSpan.FromMinutes(30));

        first.ShouldBe(PhoneCodeCheck.Verified);
        second.ShouldBe(PhoneCodeCheck.AlreadyUsed);
        verification.TokenHash.ShouldBe("token-hash");
        verification.IsTokenUsable(Sent.AddMinutes(30)).ShouldBeTrue();
        verification.IsTokenUsable(Sent.AddMinutes(31)).ShouldBeFalse();
    }

    [Fact]
    public void Given_wrong_codes_When_the_fifth_check_fails_Then_no_further_check_is_counted_or_accepted()
    {
        var verification = PhoneVerification.Send("+34600111222", "right", Sent, TenMinutes, null);

        var results = Enumerable.Range(0, 5).Select(_ => verification.Check(hash => false, Sent, 5, "t", TenMinutes)).ToList();
        var rightAfterwards = verification.Check(hash => true, Sent, 5, "t", TenMinutes);

        results.ShouldBe([PhoneCodeCheck.WrongCode, PhoneCodeCheck.WrongCode, PhoneCodeCheck.WrongCode, PhoneCodeCheck.WrongCode, PhoneCodeCheck.TooManyChecks]);
        rightAfterwards.ShouldBe(PhoneCodeCheck.TooManyChecks);
        verification.Checks.ShouldBe(5);
        verification.TokenHash.ShouldBeNull();
    }

    [Fact]
    public void Given_the_right_code_When_checked_at_the_expiry_instant_Then_it_has_expired()
    {
        var verification = PhoneVerification.Send("+34600111222", "right", Sent, TenMinutes, null);

        verification.Check(hash => true, Sent + TenMinutes, 5, "t", TenMinutes).ShouldBe(PhoneCodeCheck.Expired);
        verification.Checks.ShouldBe(0, "an expired code is not worth an attempt");
    }
}
