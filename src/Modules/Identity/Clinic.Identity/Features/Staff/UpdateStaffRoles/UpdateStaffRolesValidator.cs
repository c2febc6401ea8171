using FluentValidation;

namespace Clinic.Identity.Features.Staff.UpdateStaffRoles;

internal sealed class UpdateStaffRolesValidator : AbstractValidator<UpdateStaffRoles>
{
    public UpdateStaffRolesValidator() => RuleFor(s => s.Roles).ValidStaffRoles();
}
