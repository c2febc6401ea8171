using FluentValidation;

namespace Clinic.Integrations.Features.Deliveries.ListWebhookDeliveries;

internal sealed class ListWebhookDeliveriesValidator : AbstractValidator<ListWebhookDeliveries>
{
    public const int MaxTake = 200;

    public ListWebhookDeliveriesValidator()
    {
        RuleFor(q => q.Skip).GreaterThanOrEqualTo(0);
        RuleFor(q => q.Take).InclusiveBetween(1, MaxTake);
    }
}
