using Clinic.BuildingBlocks.Idempotency;
using Clinic.BuildingBlocks.Phones;
using FluentValidation;

namespace Clinic.Scheduling.Features.Booking.ConfirmBooking;

internal sealed class ConfirmBookingValidator : AbstractValidator<ConfirmBooking>
{
    public ConfirmBookingValidator(PhoneNumberNormalizer phones)
    {
        RuleFor(c => c.Holds).NotEmpty().WithMessage("Choose a time first.")
            .Must(h => h.Count <= 5).WithMessage("At most 5 appointments can be booked at once.")
            .Must(h => h.Select(x => x.HoldId).Distinct().Count() == h.Count).WithMessage("A hold appears twice.");
        RuleForEach(c => c.Holds).ChildRules(hold =>
        {
            hold.RuleFor(h => h.HoldId).NotEmpty();
            hold.RuleFor(h => h.HoldToken).NotEmpty().MaximumLength(100);
        });
        RuleFor(c => c.Patient!).ChildRules(patient =>
        {
            patient.RuleFor(p => p.FirstName).NotEmpty().WithMessage("Enter your first name.").MaximumLength(100);
            patient.RuleFor(p => p.LastName).NotEmpty().WithMessage("Enter your last name.").MaximumLength(100);
            patient.RuleFor(p => p.Email).NotEmpty().WithMessage("Enter your email.").EmailAddress().WithMessage("Enter a valid email address.").MaximumLength(254);
            // The same rule as every other phone field (staff's new-patient form included): the number must really exist.
            patient.RuleFor(p => p.Phone).NotEmpty().WithMessage("Enter your mobile number.").PhoneNumber(phones);
            patient.RuleFor(p => p.Language).Must(l => l is "es" or "en").WithMessage("Language must be 'es' or 'en'.");
        }).When(c => c.Patient is not null);
        RuleFor(c => c.PhoneVerificationToken).MaximumLength(200);
        RuleFor(c => c.Notes).MaximumLength(1000);
        RuleFor(c => c.IdempotencyKey).MaximumLength(IdempotencyModel.MaxKeyLength);
    }
}
