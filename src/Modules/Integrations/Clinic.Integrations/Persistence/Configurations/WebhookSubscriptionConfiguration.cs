using Clinic.Integrations.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clinic.Integrations.Persistence.Configurations;

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> builder)
    {
        builder.ToTable("WebhookSubscriptions");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Name).HasMaxLength(WebhookLimits.NameLength);
        builder.Property(s => s.Url).HasMaxLength(WebhookLimits.UrlLength);
        builder.Property(s => s.EventTypeList).HasMaxLength(WebhookLimits.MaxEventTypes * (WebhookLimits.EventTypeLength + 1));
        builder.Ignore(s => s.EventTypes);
        builder.Property(s => s.ProtectedSecret).HasMaxLength(1000);
        builder.Property(s => s.PreviousProtectedSecret).HasMaxLength(1000);
        builder.Property(s => s.SecretHint).HasMaxLength(20);
        builder.Property(s => s.DisabledReason).HasMaxLength(WebhookLimits.ErrorLength + 100);
        builder.Property(s => s.LastError).HasMaxLength(WebhookLimits.ErrorLength);
        builder.Property(s => s.CreatedBy).HasMaxLength(200);
    }
}
