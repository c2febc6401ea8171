using FluentValidation;

namespace Clinic.Wallet.Features.Booking.AuthorizeBookingPayment;

internal sealed class AuthorizeBookingPaymentValidator : AbstractValidator<AuthorizeBookingPayment>
{
    public AuthorizeBookingPaymentValidator()
    {
        RuleFor(c => c.Holds).NotNull().SetValidator(new HoldProofsValidator());
        RuleFor(c => c.CardId).NotEqual(Guid.Empty).When(c => c.CardId is not null);
    }
}
