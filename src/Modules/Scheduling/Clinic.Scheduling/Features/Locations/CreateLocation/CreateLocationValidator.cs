using FluentValidation;

namespace Clinic.Scheduling.Features.Locations.CreateLocation;

internal sealed class CreateLocationValidator : AbstractValidator<CreateLocation>
{
    public CreateLocationValidator() => Include(new LocationFieldsValidator());
}
