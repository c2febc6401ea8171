using FluentValidation;

namespace Clinic.Scheduling.Features.Providers.UpdateProvider;

internal sealed class UpdateProviderValidator : AbstractValidator<UpdateProvider>
{
    public UpdateProviderValidator() => Include(new ProviderFieldsValidator());
}
