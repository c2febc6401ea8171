using System.Net;
using System.Net.Http.Json;
using Clinic.IntegrationTests.Identity;
using Clinic.IntegrationTests.Infrastructure;
using Clinic.Wallet.Adapters.Payments.Development;
using Clinic.Wallet.Features.Cards.SaveMyCard;
using Clinic.Wallet.Features.Cards.StartAddingCard;
using Clinic.Wallet.Features.Development;
using Clinic.Wallet.Features.Development.ConfirmDevelopmentSetup;
using Clinic.Wallet.Features.Views;
using Microsoft.EntityFrameworkCore;

namespace Clinic.IntegrationTests.Wallet;

/// <summary>PP7: a patient's cards on file — add (through the processor), list, make default, remove — and nobody else's.</summary>
public sealed class CardsOnFileTests : IAsyncLifetime
{
    private readonly ClinicApiFactory factory = WalletScenario.NewFactory().WithFakeClock(TestClock.Now);
    private HttpClient lucia = null!;
    private HttpClient pedro = null!;

    public async Task InitializeAsync()
    {
        lucia = await new IdentityApi(factory).RegisteredPatientAsync("lucia@example.com", "Lucía", "Moreno");
        pedro = await new IdentityApi(factory).RegisteredPatientAsync("pedro@example.com", "Pedro", "Gil");
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Given_two_test_cards_When_the_patient_adds_them_Then_only_brand_last4_and_expiry_are_kept_and_the_first_is_the_default()
    {
        var first = await WalletScenario.AddCardAsync(lucia, DevelopmentCardScenario.Success, "4242");
        var second = await WalletScenario.AddCardAsync(lucia, DevelopmentCardScenario.AuthenticationRequired, "3184");

        var cards = await (await lucia.GetAsync("/api/portal/payments/cards")).ShouldBeJsonAsync<List<CardView>>();

        cards.Select(c => (c.Id, c.Brand, c.Last4, c.ExpMonth, c.ExpYear, c.IsDefault)).ShouldBe(
            [(first.Id, "visa", "4242", 12, WalletScenario.CardExpiryYear, true), (second.Id, "visa", "3184", 12, WalletScenario.CardExpiryYear, false)]);
        var stored = await new WalletScenario.Reader(factory).WalletAsync(db => db.Cards.ToListAsync());
        stored.ShouldAllBe(c => c.GatewayPaymentMethodId.StartsWith("pm_dev_", StringComparison.Ordinal) && c.GatewayCustomerId.StartsWith("cus_dev_", StringComparison.Ordinal));
        (await (await pedro.GetAsync("/api/portal/payments/cards")).ShouldBeJsonAsync<List<CardView>>()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_a_declined_test_card_When_the_patient_tries_to_save_it_Then_the_bank_reason_comes_back_and_no_card_is_kept()
    {
        var setup = await (await lucia.PostAsync("/api/portal/payments/cards/setup", null)).ShouldBeJsonAsync<CardSetupStarted>();
        var declined = await (await lucia.PostAsJsonAsync($"/api/payments/development/setups/{setup.SetupId}/confirm",
            new ConfirmDevelopmentSetup(setup.ClientSecret, new DevelopmentCard(DevelopmentCardScenario.Decline, "visa", "0002", 12, WalletScenario.CardExpiryYear)))).ShouldBeJsonAsync<DevelopmentGatewayResult>();

        var save = await lucia.PostAsJsonAsync("/api/portal/payments/cards", new SaveMyCard(setup.SetupId));

        (declined.Status, declined.FailureReason).ShouldBe(("requires_payment_method", "card_declined"));
        var problem = await save.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.Extensions["reason"]!.ToString().ShouldBe("card_declined");
        (await (await lucia.GetAsync("/api/portal/payments/cards")).ShouldBeJsonAsync<List<CardView>>()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_two_cards_When_the_patient_makes_the_second_default_and_removes_it_Then_the_first_is_default_again()
    {
        var first = await WalletScenario.AddCardAsync(lucia, DevelopmentCardScenario.Success, "4242");
        var second = await WalletScenario.AddCardAsync(lucia, DevelopmentCardScenario.Success, "4444");

        var afterDefault = await (await lucia.PostAsync($"/api/portal/payments/cards/{second.Id}/default", null)).ShouldBeJsonAsync<List<CardView>>();
        (await lucia.DeleteAsync($"/api/portal/payments/cards/{second.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var remaining = await (await lucia.GetAsync("/api/portal/payments/cards")).ShouldBeJsonAsync<List<CardView>>();

        afterDefault.First().ShouldSatisfyAllConditions(c => c.Id.ShouldBe(second.Id), c => c.IsDefault.ShouldBeTrue());
        remaining.Single().ShouldSatisfyAllConditions(c => c.Id.ShouldBe(first.Id), c => c.IsDefault.ShouldBeTrue());
        (await lucia.DeleteAsync($"/api/portal/payments/cards/{second.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_another_patients_card_and_setup_When_a_patient_tries_to_use_them_Then_every_endpoint_answers_not_found_and_nothing_changes()
    {
        var luciasCard = await WalletScenario.AddCardAsync(lucia, DevelopmentCardScenario.Success);
        var luciasSetup = await (await lucia.PostAsync("/api/portal/payments/cards/setup", null)).ShouldBeJsonAsync<CardSetupStarted>();
        await lucia.PostAsJsonAsync($"/api/payments/development/setups/{luciasSetup.SetupId}/confirm",
            new ConfirmDevelopmentSetup(luciasSetup.ClientSecret, new DevelopmentCard(DevelopmentCardScenario.Success, "visa", "1881", 12, WalletScenario.CardExpiryYear)));

        var remove = await pedro.DeleteAsync($"/api/portal/payments/cards/{luciasCard.Id}");
        var makeDefault = await pedro.PostAsync($"/api/portal/payments/cards/{luciasCard.Id}/default", null);
        var steal = await pedro.PostAsJsonAsync("/api/portal/payments/cards", new SaveMyCard(luciasSetup.SetupId));
        var anonymous = await factory.CreateBrowserClient().GetAsync("/api/portal/payments/cards");
        var staffAsPatient = await factory.CreateClientAs(Clinic.BuildingBlocks.Abstractions.ClinicRoles.Admin).GetAsync("/api/portal/payments/cards");

        remove.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        makeDefault.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        steal.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        staffAsPatient.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await lucia.GetAsync("/api/portal/payments/cards")).ShouldBeJsonAsync<List<CardView>>()).Single().ShouldSatisfyAllConditions(
            c => c.Id.ShouldBe(luciasCard.Id), c => c.IsDefault.ShouldBeTrue());
        (await (await pedro.GetAsync("/api/portal/payments/cards")).ShouldBeJsonAsync<List<CardView>>()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_a_saved_setup_When_save_is_repeated_Then_the_same_card_comes_back_and_it_is_kept_once()
    {
        var setup = await (await lucia.PostAsync("/api/portal/payments/cards/setup", null)).ShouldBeJsonAsync<CardSetupStarted>();
        await lucia.PostAsJsonAsync($"/api/payments/development/setups/{setup.SetupId}/confirm",
            new ConfirmDevelopmentSetup(setup.ClientSecret, new DevelopmentCard(DevelopmentCardScenario.Success, "mastercard", "4444", 3, WalletScenario.CardExpiryYear)));

        var results = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => lucia.PostAsJsonAsync("/api/portal/payments/cards", new SaveMyCard(setup.SetupId))));

        var cards = new List<CardView>();
        foreach (var result in results)
        {
            cards.Add(await result.ShouldBeJsonAsync<CardView>(HttpStatusCode.Created));
        }

        cards.Select(c => c.Id).Distinct().Count().ShouldBe(1);
        (await (await lucia.GetAsync("/api/portal/payments/cards")).ShouldBeJsonAsync<List<CardView>>()).Single().Brand.ShouldBe("mastercard");
    }
}
