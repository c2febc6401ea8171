using Clinic.BuildingBlocks.Errors;
using Clinic.Identity.Persistence;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;

namespace Clinic.Identity.Features;

/// <summary>Password changes through ASP.NET Core Identity, with its rule violations reported as field errors (400).</summary>
internal static class AccountPasswords
{
    /// <summary>Checks Identity's password rules before anything changes, so a refused password leaves the account as it was.</summary>
    public static async Task EnsureAcceptableAsync(UserManager<ClinicUser> users, ClinicUser user, string password, string field)
    {
        var failures = new List<ValidationFailure>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            failures.AddRange(result.Errors.Select(e => new ValidationFailure(field, e.Description)));
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }
    }

    /// <summary>Sets a new password whether or not the account had one; the security stamp changes, so older sessions and links die.</summary>
    public static async Task ReplaceAsync(UserManager<ClinicUser> users, ClinicUser user, string password, string field)
    {
        await EnsureAcceptableAsync(users, user, password, field);
        if (await users.HasPasswordAsync(user))
        {
            Succeeded(await users.RemovePasswordAsync(user));
        }

        Succeeded(await users.AddPasswordAsync(user, password));
    }

    /// <summary>Identity refused something our own checks should already have ruled out, or lost a race.</summary>
    public static void Succeeded(IdentityResult result)
    {
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
        {
            throw new ConflictException("The account was changed by another request at the same time. Please try again.");
        }

        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Account update failed: " + string.Join("; ", result.Errors.Select(e => $"{e.Code}: {e.Description}")));
        }
    }
}
