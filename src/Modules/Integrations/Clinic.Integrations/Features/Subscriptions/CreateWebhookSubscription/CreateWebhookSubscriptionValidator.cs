using Clinic.Integrations.Delivery;
using Clinic.Integrations.Domain.Webhooks;
using FluentValidation;

namespace Clinic.Integrations.Features.Subscriptions.CreateWebhookSubscription;

internal sealed class CreateWebhookSubscriptionValidator : AbstractValidator<CreateWebhookSubscription>
{
    public CreateWebhookSubscriptionValidator(WebhookTargetPolicy targets)
    {
        RuleFor(s => s.Name).NotEmpty().MaximumLength(WebhookLimits.NameLength);
        RuleFor(s => s.Url).ValidUrl(targets);
        RuleFor(s => s.EventTypes).ValidEventTypes();
    }
}
