using Clinic.Integrations.Domain.Webhooks;
using FluentValidation;

namespace Clinic.Integrations.Features.Subscriptions.RotateWebhookSecret;

internal sealed class RotateWebhookSecretValidator : AbstractValidator<RotateWebhookSecret>
{
    public RotateWebhookSecretValidator() =>
        RuleFor(r => r.PreviousSecretValidForHours).InclusiveBetween(0, WebhookLimits.MaxSecretOverlapHours);
}
