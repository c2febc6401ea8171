using FluentValidation;

namespace Clinic.Scheduling.Features.Providers.CreateProvider;

internal sealed class CreateProviderValidator : AbstractValidator<CreateProvider>
{
    public CreateProviderValidator() => Include(new ProviderFieldsValidator());
}
