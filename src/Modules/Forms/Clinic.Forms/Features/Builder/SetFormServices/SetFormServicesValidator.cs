using FluentValidation;

namespace Clinic.Forms.Features.Builder.SetFormServices;

internal sealed class SetFormServicesValidator : AbstractValidator<SetFormServices>
{
    public SetFormServicesValidator() =>
        RuleFor(c => c.ServiceIds).NotNull()
            .Must(ids => ids.Count <= ServiceCatalog.MaxServices).WithMessage($"At most {ServiceCatalog.MaxServices} services.")
            .Must(ids => ids.Distinct().Count() == ids.Count).WithMessage("List each service once.");
}
