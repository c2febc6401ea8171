using Clinic.BuildingBlocks.Errors;
using Clinic.BuildingBlocks.Security;
using Clinic.Wallet.Domain.Payments;
using Clinic.Wallet.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Wallet.Features.PayLinks;

/// <summary>The secret in an emailed pay link is the only key to its fee; only its hash is stored, and an unknown one is simply not found.</summary>
internal static class PayLinks
{
    public static async Task<Payment> FindAsync(WalletDbContext db, string token, CancellationToken cancellationToken)
    {
        var hash = SecretToken.Hash(token);
        return await db.Payments.SingleOrDefaultAsync(p => p.PayLinkHash == hash, cancellationToken)
               ?? throw new NotFoundException("Pay link", "given");
    }
}
