using FluentValidation;

namespace Clinic.Scheduling.Features.Locations.UpdateLocation;

internal sealed class UpdateLocationValidator : AbstractValidator<UpdateLocation>
{
    public UpdateLocationValidator() => Include(new LocationFieldsValidator());
}
