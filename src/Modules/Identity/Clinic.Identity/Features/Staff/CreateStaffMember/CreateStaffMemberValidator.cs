using FluentValidation;

namespace Clinic.Identity.Features.Staff.CreateStaffMember;

internal sealed class CreateStaffMemberValidator : AbstractValidator<CreateStaffMember>
{
    public CreateStaffMemberValidator()
    {
        RuleFor(s => s.Email).Email();
        RuleFor(s => s.FullName).NotEmpty().MaximumLength(200);
        RuleFor(s => s.Roles).ValidStaffRoles();
        RuleFor(s => s.Password).NewPassword();
    }
}
