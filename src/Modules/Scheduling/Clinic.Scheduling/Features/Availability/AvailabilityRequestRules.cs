using FluentValidation;

namespace Clinic.Scheduling.Features.Availability;

/// <summary>Shape checks shared by the slot search and the month view.</summary>
internal static class AvailabilityRequestRules
{
    public const int MaxServicesInCart = 10;

    public static void AddCartRules<T>(AbstractValidator<T> validator, Func<T, Guid> location, Func<T, IReadOnlyList<Guid>> services)
    {
        validator.RuleFor(r => location(r)).NotEmpty().OverridePropertyName("locationId").WithName("Location");
        validator.RuleFor(r => services(r)).NotEmpty().WithMessage("Choose at least one service.")
            .Must(ids => ids.Count <= MaxServicesInCart).WithMessage($"At most {MaxServicesInCart} services can be booked together.")
            .Must(ids => ids.Distinct().Count() == ids.Count).WithMessage("A service appears twice in the cart.")
            .Must(ids => ids.All(id => id != Guid.Empty)).WithMessage("Every service id must be given.")
            .OverridePropertyName("serviceIds");
    }
}
