using Clinic.Forms.Domain.Requests;
using Clinic.Forms.Domain.Visits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clinic.Forms.Persistence.Configurations;

internal sealed class FormRequestConfiguration : IEntityTypeConfiguration<FormRequest>
{
    public void Configure(EntityTypeBuilder<FormRequest> builder)
    {
        builder.ToTable("FormRequests");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(12);
        builder.Property(r => r.WithdrawnReason).HasMaxLength(300);
        builder.Property(r => r.Revision).IsConcurrencyToken();

        // Never the same form twice for one visit, even if two deliveries of the booking race.
        builder.HasIndex(r => new { r.AppointmentId, r.FormId }).IsUnique();
        builder.HasIndex(r => new { r.PatientId, r.Status });
        builder.HasIndex(r => new { r.FormId, r.Status });
        builder.HasOne<Visit>().WithMany().HasForeignKey(r => r.AppointmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
