using Clinic.BuildingBlocks.Errors;
using Clinic.BuildingBlocks.Outbox;
using Clinic.BuildingBlocks.Phones;
using Clinic.BuildingBlocks.Security;
using Clinic.Identity.Contracts;
using Clinic.Identity.Domain.Patients;
using Clinic.Identity.Options;
using Clinic.Identity.Persistence;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Verification = Clinic.Identity.Domain.PhoneVerifications.PhoneVerification;

namespace Clinic.Identity.Features.PhoneVerification.SendPhoneVerificationCode;

internal sealed class SendPhoneVerificationCodeHandler(
    IdentityDbContext db,
    IPasswordHasher<string> codeHasher,
    IOptions<PhoneVerificationOptions> options,
    PhoneNumberNormalizer phones,
    TimeProvider clock) : IRequestHandler<SendPhoneVerificationCode, PhoneCodeSent>
{
    public async ValueTask<PhoneCodeSent> Handle(SendPhoneVerificationCode command, CancellationToken cancellationToken)
    {
        if (!await db.PortalAccessSettings.AsNoTracking().Select(s => s.PhoneVerificationRequired).SingleAsync(cancellationToken))
        {
            throw new BusinessRuleException("The clinic does not ask for an SMS code at the moment; continue without one.");
        }

        var settings = options.Value;
        var now = clock.GetUtcNow();
        var phone = phones.NormalizeOrNull(command.Phone)!;
        var hourAgo = now.AddHours(-1);
        var recentSends = await db.PhoneVerifications
            .Where(v => v.Phone == phone && v.SentAt > hourAgo)
            .OrderBy(v => v.SentAt)
            .Select(v => v.SentAt)
            .ToListAsync(cancellationToken);
        if (recentSends.Count >= settings.MaxCodesPerPhonePerHour)
        {
            throw new TooManyRequestsException(
                "Too many codes were sent to this phone. Wait a while before asking for another one.",
                recentSends[^settings.MaxCodesPerPhonePerHour].AddHours(1) - now);
        }

        var code = SecretToken.NumericCode(settings.CodeLength);
        var verification = Verification.Send(phone, codeHasher.HashPassword(phone, code), now, settings.CodeLifetime);
        db.PhoneVerifications.Add(verification);
        db.Publish(new PhoneVerificationCodeRequested(phone, code, command.Language, verification.CodeExpiresAt) { OccurredAt = now });
        await db.SaveChangesAsync(cancellationToken);
        return new PhoneCodeSent(phone, verification.CodeExpiresAt);
    }
}
