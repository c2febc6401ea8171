using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Errors;
using Clinic.Scheduling.Domain.Catalog;

namespace Clinic.UnitTests.Scheduling;

public sealed class CartTests
{
    private static readonly Guid Location = Guid.NewGuid();
    private static readonly Service Cleaning = Treatment("Limpieza", 60, 10);
    private static readonly Service Peeling = Treatment("Peeling", 30, 5);
    private static readonly Service Laser = Treatment("Láser", 45, 15);

    [Fact]
    public void Given_services_back_to_back_When_timed_Then_the_treatment_holds_the_buffers_between_and_the_provider_also_the_last_one()
    {
        var time = new Cart([Cleaning, Peeling]).Time;

        time.TreatmentMinutes.ShouldBe(60 + 10 + 30);
        time.OccupiedMinutes.ShouldBe(60 + 10 + 30 + 5);
    }

    [Fact]
    public void Given_first_available_When_some_providers_perform_the_whole_cart_Then_only_they_are_offered()
    {
        var ana = Staff("Ana", Cleaning, Peeling);
        var bea = Staff("Bea", Cleaning);

        new Cart([Cleaning, Peeling]).WhoCanPerform([ana, bea], "Sede Centro").ShouldBe([ana]);
    }

    [Fact]
    public void Given_first_available_When_nobody_performs_the_whole_cart_Then_it_is_split_in_order_into_parts_one_provider_each_performs()
    {
        var cart = new Cart([Cleaning, Peeling, Laser]);

        var refusal = Should.Throw<CartNeedsSplittingException>(() => cart.WhoCanPerform([Staff("Ana", Cleaning, Peeling), Staff("Cris", Laser)], "Sede Centro"));

        refusal.Message.ShouldBe("No single provider performs all of these services, so they are booked separately: Limpieza + Peeling; Láser.");
        Parts(refusal).ShouldBe([$"{Cleaning.Id}+{Peeling.Id}", $"{Laser.Id}"]);
        refusal.Extensions["notOfferedHere"].ShouldBeOfType<List<Guid>>().ShouldBeEmpty();
    }

    [Fact]
    public void Given_first_available_When_nobody_at_the_location_performs_a_service_Then_the_refusal_names_it()
    {
        var refusal = Should.Throw<CartNeedsSplittingException>(() => new Cart([Cleaning, Laser]).WhoCanPerform([Staff("Ana", Cleaning)], "Sede Norte"));

        refusal.Message.ShouldBe("Nobody at Sede Norte performs Láser. Choose another location or remove it from the cart.");
        refusal.Extensions["notOfferedHere"].ShouldBeOfType<List<Guid>>().ShouldBe([Laser.Id]);
    }

    [Fact]
    public void Given_a_chosen_provider_When_they_do_not_perform_part_of_the_cart_Then_the_refusal_names_what_they_do_not_perform()
    {
        var bea = Staff("Bea", Cleaning);

        Should.Throw<BusinessRuleException>(() => new Cart([Cleaning, Peeling, Laser]).EnsurePerformedBy(bea))
            .Message.ShouldBe("Bea does not perform Peeling, Láser. Choose another provider or first available.");
        Should.NotThrow(() => new Cart([Cleaning]).EnsurePerformedBy(bea));
    }

    private static List<string> Parts(CartNeedsSplittingException refusal) =>
        refusal.Extensions["bookSeparately"].ShouldBeOfType<List<List<Guid>>>().Select(part => string.Join('+', part)).ToList();

    private static Service Treatment(string name, int minutes, int buffer) =>
        Service.Create(new ServiceDetails(Guid.NewGuid(), name, null, minutes, buffer, new Money(5000, "EUR"), null, true));

    private static Provider Staff(string name, params Service[] performs) =>
        Provider.Create(new ProviderDetails(name, null, null, null, performs.Select(s => s.Id).ToList(), [Location]));
}
