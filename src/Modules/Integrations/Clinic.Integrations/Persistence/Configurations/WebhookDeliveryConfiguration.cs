using Clinic.Integrations.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clinic.Integrations.Persistence.Configurations;

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("WebhookDeliveries");
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Ignore(d => d.MessageId);
        builder.Ignore(d => d.CanRedeliver);
        builder.Property(d => d.EventType).HasMaxLength(WebhookLimits.EventTypeLength);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(12);
        builder.Property(d => d.LastError).HasMaxLength(WebhookLimits.ErrorLength);

        // One delivery per event and subscription: a redelivered integration event queues nothing twice.
        builder.HasIndex(d => new { d.SubscriptionId, d.EventId }).IsUnique();
        builder.HasOne<WebhookSubscription>().WithMany().HasForeignKey(d => d.SubscriptionId).OnDelete(DeleteBehavior.Cascade);

        // A sender whose lease ran out must not overwrite the outcome recorded by the one that re-claimed the delivery.
        builder.Property(d => d.LockToken).IsConcurrencyToken();
        builder.HasIndex(d => new { d.Status, d.NextAttemptAt });
        builder.HasIndex(d => d.CreatedAt);
    }
}
