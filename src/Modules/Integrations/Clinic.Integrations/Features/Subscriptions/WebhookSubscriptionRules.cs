using Clinic.Integrations.Catalog;
using Clinic.Integrations.Delivery;
using Clinic.Integrations.Domain.Webhooks;
using FluentValidation;
using FluentValidation.Results;

namespace Clinic.Integrations.Features.Subscriptions;

/// <summary>What a subscription's URL and event types must look like, shared by the use cases that set them.</summary>
internal static class WebhookSubscriptionRules
{
    public static void ValidUrl<T>(this IRuleBuilder<T, string> url, WebhookTargetPolicy targets) =>
        url.NotEmpty().MaximumLength(WebhookLimits.UrlLength)
            .Custom((value, context) =>
            {
                if (!string.IsNullOrWhiteSpace(value) && targets.RefusalOf(value) is { } refusal)
                {
                    context.AddFailure(refusal);
                }
            });

    public static void ValidEventTypes<T>(this IRuleBuilder<T, IReadOnlyList<string>> eventTypes) =>
        eventTypes.NotEmpty().WithMessage("Choose at least one event type.")
            .Must(types => types.Count <= WebhookLimits.MaxEventTypes).WithMessage($"At most {WebhookLimits.MaxEventTypes} event types.")
            .Must(types => types.All(t => t is not null && WebhookEventCatalog.Names.Contains(t)))
            .WithMessage($"Event types must be among: {string.Join(", ", WebhookEventCatalog.Names)}.");

    /// <summary>The host's addresses as resolved now must be public too (the sender checks again on every connection).</summary>
    public static async Task EnsureResolvesToPublicAddressAsync(this WebhookTargetPolicy targets, string url, CancellationToken cancellationToken)
    {
        if (await targets.RefusalOfResolvedAsync(url, cancellationToken) is { } refusal)
        {
            throw new ValidationException([new ValidationFailure("Url", refusal)]);
        }
    }
}
