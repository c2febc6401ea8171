using FluentValidation;

namespace Clinic.Wallet.Features.Booking.StartBookingPayment;

internal sealed class StartBookingPaymentValidator : AbstractValidator<StartBookingPayment>
{
    public StartBookingPaymentValidator()
    {
        RuleFor(c => c.Holds).NotNull().SetValidator(new HoldProofsValidator());
        RuleFor(c => c.Payer!).ChildRules(payer =>
        {
            payer.RuleFor(p => p.FullName).NotEmpty().MaximumLength(200);
            payer.RuleFor(p => p.Email).NotEmpty().EmailAddress().MaximumLength(254);
            payer.RuleFor(p => p.Language).Must(l => l is "es" or "en").WithMessage("Language must be 'es' or 'en'.");
        }).When(c => c.Payer is not null);
    }
}
