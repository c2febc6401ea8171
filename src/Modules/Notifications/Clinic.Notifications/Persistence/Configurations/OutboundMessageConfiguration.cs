using Clinic.Notifications.Domain.Messages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clinic.Notifications.Persistence.Configurations;

internal sealed class OutboundMessageConfiguration : IEntityTypeConfiguration<OutboundMessage>
{
    public void Configure(EntityTypeBuilder<OutboundMessage> builder)
    {
        builder.ToTable("Messages");
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.IdempotencyKey).HasMaxLength(MessageLimits.IdempotencyKeyLength);
        builder.HasIndex(m => m.IdempotencyKey).IsUnique();
        builder.Property(m => m.Channel).HasConversion<string>().HasMaxLength(10);
        builder.Property(m => m.Type).HasConversion<string>().HasMaxLength(40);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(12);
        builder.Property(m => m.Recipient).HasMaxLength(MessageLimits.RecipientLength);
        builder.Property(m => m.RecipientName).HasMaxLength(MessageLimits.NameLength);
        builder.Property(m => m.Language).HasMaxLength(5);
        builder.Property(m => m.Subject).HasMaxLength(MessageLimits.SubjectLength);
        builder.Property(m => m.CalendarMethod).HasMaxLength(10);
        builder.Property(m => m.LastError).HasMaxLength(MessageLimits.ErrorLength);
        builder.Property(m => m.ProviderMessageId).HasMaxLength(MessageLimits.ProviderIdLength);

        // A sender whose lease ran out must not overwrite the outcome recorded by the one that re-claimed the message.
        builder.Property(m => m.LockToken).IsConcurrencyToken();

        builder.HasIndex(m => new { m.Status, m.NextAttemptAt });
        builder.HasIndex(m => new { m.PatientId, m.CreatedAt });
        builder.HasIndex(m => new { m.AppointmentId, m.Type });
        builder.HasIndex(m => m.CreatedAt);
    }
}
