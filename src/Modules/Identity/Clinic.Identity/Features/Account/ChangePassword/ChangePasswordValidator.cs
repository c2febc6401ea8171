using Clinic.Identity.Domain.Patients;
using FluentValidation;

namespace Clinic.Identity.Features.Account.ChangePassword;

internal sealed class ChangePasswordValidator : AbstractValidator<ChangePassword>
{
    public ChangePasswordValidator()
    {
        RuleFor(c => c.CurrentPassword).NotEmpty().MaximumLength(PatientLimits.PasswordMaxLength);
        RuleFor(c => c.NewPassword).NewPassword()
            .NotEqual(c => c.CurrentPassword).WithMessage("Choose a password different from the current one.");
    }
}
