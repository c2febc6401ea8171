using Clinic.Identity.Domain.Patients;
using FluentValidation;

namespace Clinic.Identity.Features.Account.LogIn;

internal sealed class LogInValidator : AbstractValidator<LogIn>
{
    public LogInValidator()
    {
        RuleFor(l => l.Email).NotEmpty().MaximumLength(PatientLimits.EmailLength);
        RuleFor(l => l.Password).NotEmpty().MaximumLength(PatientLimits.PasswordMaxLength);
        RuleFor(l => l.RecaptchaToken).MaximumLength(4000);
    }
}
