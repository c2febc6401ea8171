using Clinic.Notifications.Domain.Messages;
using FluentValidation;

namespace Clinic.Notifications.Features.DeliveryLog.ListNotificationMessages;

internal sealed class ListNotificationMessagesValidator : AbstractValidator<ListNotificationMessages>
{
    public const int MaxTake = 200;

    public ListNotificationMessagesValidator()
    {
        RuleFor(q => q.Skip).GreaterThanOrEqualTo(0);
        RuleFor(q => q.Take).InclusiveBetween(1, MaxTake);
        RuleFor(q => q.Recipient).MaximumLength(MessageLimits.RecipientLength);
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From!.Value).When(q => q.From.HasValue && q.To.HasValue)
            .WithMessage("'to' must not be earlier than 'from'.");
    }
}
