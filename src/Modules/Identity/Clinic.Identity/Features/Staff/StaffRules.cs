using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Errors;
using Clinic.Identity.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.Identity;

namespace Clinic.Identity.Features.Staff;

internal static class StaffRules
{
    public static IReadOnlyList<string> StaffRoles { get; } = [ClinicRoles.Admin, ClinicRoles.Provider, ClinicRoles.FrontDesk];

    public static IRuleBuilderOptions<T, IReadOnlyList<string>> ValidStaffRoles<T>(this IRuleBuilder<T, IReadOnlyList<string>> rule) =>
        rule.NotEmpty().WithMessage("Give the staff member at least one role.")
            .Must(roles => roles.All(StaffRoles.Contains))
            .WithMessage($"Roles must be among: {string.Join(", ", StaffRoles)}.");

    public static async Task<StaffMember> DescribeAsync(UserManager<ClinicUser> users, ClinicUser user) =>
        new(user.Id, user.Email!, user.FullName, (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal).ToList(), user.LastLoginAt, user.DeactivatedAt is null);

    public static async Task<ClinicUser> FindStaffAsync(UserManager<ClinicUser> users, Guid staffId) =>
        await users.FindByIdAsync(staffId.ToString()) is { PatientId: null } user
            ? user
            : throw new NotFoundException("Staff member", staffId);

    /// <summary>The clinic must never lose its last way into its own settings.</summary>
    public static async Task EnsureAnotherActiveAdminAsync(UserManager<ClinicUser> users, ClinicUser leaving)
    {
        var admins = await users.GetUsersInRoleAsync(ClinicRoles.Admin);
        if (!admins.Any(a => a.Id != leaving.Id && a.DeactivatedAt is null))
        {
            throw new BusinessRuleException("This is the only active Admin. Make someone else an Admin first.");
        }
    }
}
