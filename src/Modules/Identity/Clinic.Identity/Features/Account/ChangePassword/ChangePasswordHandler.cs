using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Errors;
using Clinic.Identity.Persistence;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace Clinic.Identity.Features.Account.ChangePassword;

internal sealed class ChangePasswordHandler(ICurrentUser currentUser, UserManager<ClinicUser> users, Sessions sessions)
    : IRequestHandler<ChangePassword>
{
    public async ValueTask<Unit> Handle(ChangePassword command, CancellationToken cancellationToken)
    {
        var user = (currentUser.UserId is { } userId ? await users.FindByIdAsync(userId) : null)
                   ?? throw new NotFoundException("Account", currentUser.UserId ?? "anonymous");

        if (await users.IsLockedOutAsync(user))
        {
            throw new TooManyRequestsException("Too many wrong passwords. Wait a few minutes and try again.", users.Options.Lockout.DefaultLockoutTimeSpan);
        }

        await AccountPasswords.EnsureAcceptableAsync(users, user, command.NewPassword, nameof(command.NewPassword));
        var result = await users.ChangePasswordAsync(user, command.CurrentPassword, command.NewPassword);
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
        {
            // A stolen session must not become a way to guess the password without lockout.
            await users.AccessFailedAsync(user);
            throw new ValidationException([new ValidationFailure(nameof(command.CurrentPassword), "The current password is not correct.")]);
        }

        AccountPasswords.Succeeded(result);
        await sessions.RefreshAsync(user);
        return Unit.Value;
    }
}
