using System.Net;
using System.Text;
using Clinic.Identity.Adapters.Recaptcha;
using Clinic.Identity.Options;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Clinic.UnitTests.Identity;

public sealed class GoogleRecaptchaVerifierTests
{
    private readonly StubSiteVerify google = new();

    [Fact]
    public async Task Given_a_human_score_for_the_login_action_When_verified_Then_it_passes_and_google_got_the_secret_token_and_ip()
    {
        google.Answer = """{"success":true,"score":0.9,"action":"login","hostname":"clinic.example"}""";

        (await Verifier().VerifyAsync("browser-token", "203.0.113.7", CancellationToken.None)).ShouldBeTrue();

        google.LastForm.ShouldBe("secret=server-secret&response=browser-token&remoteip=203.0.113.7");
    }

    [Theory]
    [InlineData("""{"success":false,"error-codes":["invalid-input-response"]}""")]
    [InlineData("""{"success":true,"score":0.3,"action":"login"}""")]
    [InlineData("""{"success":true,"score":0.9,"action":"register"}""")]
    [InlineData("not json")]
    public async Task Given_an_unconvincing_answer_When_verified_Then_it_fails(string answer)
    {
        google.Answer = answer;

        (await Verifier().VerifyAsync("browser-token", null, CancellationToken.None)).ShouldBeFalse();
    }

    [Fact]
    public async Task Given_google_is_down_When_verified_Then_it_fails_closed()
    {
        google.Status = HttpStatusCode.ServiceUnavailable;

        (await Verifier().VerifyAsync("browser-token", null, CancellationToken.None)).ShouldBeFalse();
    }

    [Fact]
    public async Task Given_no_token_When_verified_Then_it_fails_without_asking_google()
    {
        (await Verifier().VerifyAsync("  ", null, CancellationToken.None)).ShouldBeFalse();

        google.LastForm.ShouldBeNull();
    }

    private GoogleRecaptchaVerifier Verifier() => new(
        new HttpClient(google),
        Options.Create(new RecaptchaOptions { Provider = RecaptchaProvider.Google, SecretKey = "server-secret", SiteKey = "site", MinimumScore = 0.5 }),
        NullLogger<GoogleRecaptchaVerifier>.Instance);

    private sealed class StubSiteVerify : HttpMessageHandler
    {
        public string Answer { get; set; } = """{"success":true}""";

        public HttpStatusCode Status { get; set; } = HttpStatusCode.OK;

        public string? LastForm { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.RequestUri.ShouldBe(new Uri("https://www.google.com/recaptcha/api/siteverify"));
            LastForm = await request.Content!.ReadAsStringAsync(cancellationToken);
            return new HttpResponseMessage(Status) { Content = new StringContent(Answer, Encoding.UTF8, "application/json") };
        }
    }
}
