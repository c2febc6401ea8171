using Clinic.BuildingBlocks.Outbox;
using Clinic.Identity.Adapters.Recaptcha;
using Clinic.Identity.Contracts;
using Clinic.Identity.Domain.Accounts;
using Clinic.Identity.Features.Patients;
using Clinic.Identity.Persistence;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;

namespace Clinic.Identity.Features.Account.LogIn;

internal sealed class LogInHandler(
    IdentityDbContext db,
    UserManager<ClinicUser> users,
    IRecaptchaVerifier recaptcha,
    IHttpContextAccessor http,
    PatientDirectory patients,
    AccountLinks links,
    Sessions sessions,
    CurrentUserResponses responses,
    TimeProvider clock) : IRequestHandler<LogIn, LogInResult>
{
    // Checked against when the password will not be, so every refusal takes as long as a wrong password.
    private static readonly string UnknownUserHash = new PasswordHasher<ClinicUser>().HashPassword(new ClinicUser(), Guid.NewGuid().ToString());

    private static readonly LogInResult Rejected = new(LogInOutcome.Rejected, null);

    public async ValueTask<LogInResult> Handle(LogIn command, CancellationToken cancellationToken)
    {
        var remoteIp = http.HttpContext?.Connection.RemoteIpAddress?.ToString();
        if (!await recaptcha.VerifyAsync(command.RecaptchaToken, remoteIp, cancellationToken))
        {
            throw new ValidationException([new ValidationFailure(nameof(command.RecaptchaToken), "We could not confirm that you are not a robot. Please try again.")]);
        }

        var user = await users.FindByEmailAsync(command.Email);
        // Lockout is checked before the password so a locked account gives away nothing, right password or not.
        if (user is null || user.DeactivatedAt is not null || await users.IsLockedOutAsync(user))
        {
            users.PasswordHasher.VerifyHashedPassword(new ClinicUser(), UnknownUserHash, command.Password);
            return Rejected;
        }

        if (!await users.CheckPasswordAsync(user, command.Password))
        {
            await users.AccessFailedAsync(user);
            return Rejected;
        }

        if (!user.EmailConfirmed)
        {
            await SendVerificationAgainAsync(user, cancellationToken);
            return new LogInResult(LogInOutcome.EmailNotVerified, null);
        }

        await users.ResetAccessFailedCountAsync(user);
        user.LastLoginAt = clock.GetUtcNow();
        AccountPasswords.Succeeded(await users.UpdateAsync(user));
        await sessions.SignInAsync(user);
        return new LogInResult(LogInOutcome.SignedIn, await responses.DescribeAsync(user, cancellationToken));
    }

    private async Task SendVerificationAgainAsync(ClinicUser user, CancellationToken cancellationToken)
    {
        if (user.PatientId is not { } patientId
            || await patients.FindAsync(patientId, cancellationToken) is not { } patient
            || await links.LimitReachedAsync(AccountLinkPurpose.EmailVerification, user.Id, cancellationToken))
        {
            return;
        }

        var link = await links.IssueAsync(AccountLinkPurpose.EmailVerification, user.Id, cancellationToken);
        db.Publish(new EmailVerificationRequested(patient.Id, user.Email!, patient.FullName, patient.PreferredLanguage, link.Url, link.ExpiresAt) { OccurredAt = link.IssuedAt });
        await db.SaveChangesAsync(cancellationToken);
    }
}
