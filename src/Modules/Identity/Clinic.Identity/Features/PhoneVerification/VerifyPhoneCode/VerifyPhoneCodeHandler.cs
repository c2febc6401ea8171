using Clinic.BuildingBlocks.Errors;
using Clinic.BuildingBlocks.Phones;
using Clinic.BuildingBlocks.Security;
using Clinic.Identity.Domain.Patients;
using Clinic.Identity.Domain.PhoneVerifications;
using Clinic.Identity.Options;
using Clinic.Identity.Persistence;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Clinic.Identity.Features.PhoneVerification.VerifyPhoneCode;

internal sealed class VerifyPhoneCodeHandler(
    IdentityDbContext db,
    IPasswordHasher<string> codeHasher,
    IOptions<PhoneVerificationOptions> options,
    PhoneNumberNormalizer phones,
    TimeProvider clock) : IRequestHandler<VerifyPhoneCode, PhoneVerified>
{
    public async ValueTask<PhoneVerified> Handle(VerifyPhoneCode command, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var phone = phones.NormalizeOrNull(command.Phone)!;
        // Only the latest code counts: asking for a new one retires the previous.
        var verification = await db.PhoneVerifications
            .Where(v => v.Phone == phone)
            .OrderByDescending(v => v.SentAt)
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new BusinessRuleException("No code was sent to this phone. Ask for a code first.");

        var token = SecretToken.New();
        var check = verification.Check(
            hash => codeHasher.VerifyHashedPassword(phone, hash, command.Code.Trim()) != PasswordVerificationResult.Failed,
            now, settings.MaxChecksPerCode, SecretToken.Hash(token), settings.TokenLifetime);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another check of the same code was counted first; counting ours again could exceed the limit.
            throw new BusinessRuleException("The code could not be checked. Please try again.");
        }

        return check switch
        {
            PhoneCodeCheck.Verified => new PhoneVerified(phone, token, verification.TokenExpiresAt!.Value),
            PhoneCodeCheck.WrongCode => throw new BusinessRuleException(
                $"The code is not correct. You can try {settings.MaxChecksPerCode - verification.Checks} more time(s)."),
            PhoneCodeCheck.TooManyChecks => throw new BusinessRuleException("Too many wrong attempts with this code. Ask for a new code."),
            PhoneCodeCheck.Expired => throw new BusinessRuleException("This code has expired. Ask for a new code."),
            _ => throw new BusinessRuleException("This code has already been used. Ask for a new code."),
        };
    }
}
