using Clinic.Identity.Domain.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clinic.Identity.Persistence.Configurations;

internal sealed class AccountLinkConfiguration : IEntityTypeConfiguration<AccountLink>
{
    public void Configure(EntityTypeBuilder<AccountLink> builder)
    {
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Purpose).HasConversion<string>().HasMaxLength(30);
        builder.Property(l => l.TokenHash).HasMaxLength(64);
        // Two simultaneous uses of one link: the second save fails instead of both succeeding.
        builder.Property(l => l.UsedAt).IsConcurrencyToken();
        builder.HasIndex(l => l.TokenHash).IsUnique();
        builder.HasIndex(l => new { l.SubjectId, l.Purpose });
    }
}
