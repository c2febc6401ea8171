using System.Net;
using Clinic.Integrations.Delivery;

namespace Clinic.UnitTests.Integrations;

public sealed class WebhookSignatureTests
{
    [Fact]
    public void Given_the_published_standard_webhooks_test_vector_When_signed_Then_the_signature_is_the_published_one()
    {
        // The vector the Standard Webhooks reference libraries test against: a receiver's library accepts what we send.
        var signature = WebhookSignature.Sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, """{"test": 2432232314}""", ["whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"]);

        signature.ShouldBe("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    [Fact]
    public void Given_two_secrets_during_a_rotation_When_signed_Then_both_signatures_are_sent_space_separated_current_first()
    {
        var current = WebhookSecrets.New();
        var previous = WebhookSecrets.New();

        var both = WebhookSignature.Sign("msg_1", 1800000000, "{}", [current, previous]).Split(' ');

        both.Length.ShouldBe(2);
        both[0].ShouldBe(WebhookSignature.Sign("msg_1", 1800000000, "{}", [current]));
        both[1].ShouldBe(WebhookSignature.Sign("msg_1", 1800000000, "{}", [previous]));
        current.ShouldStartWith("whsec_");
        Convert.FromBase64String(current["whsec_".Length..]).Length.ShouldBe(32);
    }

    [Theory]
    [InlineData("93.184.216.34", true)]
    [InlineData("8.8.8.8", true)]
    [InlineData("2606:4700:4700::1111", true)]
    [InlineData("127.0.0.1", false)]
    [InlineData("127.8.9.10", false)]
    [InlineData("0.0.0.0", false)]
    [InlineData("10.20.30.40", false)]
    [InlineData("172.16.0.1", false)]
    [InlineData("172.31.255.255", false)]
    [InlineData("172.32.0.1", true)]
    [InlineData("192.168.0.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("224.0.0.1", false)]
    [InlineData("::1", false)]
    [InlineData("::", false)]
    [InlineData("fe80::1", false)]
    [InlineData("fd12:3456::1", false)]
    [InlineData("::ffff:10.0.0.1", false)]
    [InlineData("::ffff:93.184.216.34", true)]
    [InlineData("64:ff9b::7f00:1", false)]
    [InlineData("2002:7f00:0001::1", false)]
    public void Given_an_address_When_judged_as_a_webhook_target_Then_only_public_ones_pass(string address, bool isPublic) =>
        WebhookTargetPolicy.IsPublic(IPAddress.Parse(address)).ShouldBe(isPublic);
}
