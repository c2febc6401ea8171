using Clinic.Forms.Domain.Audit;
using Clinic.Forms.Domain.Requests;
using Clinic.Forms.Domain.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clinic.Forms.Persistence.Configurations;

internal sealed class SubmissionConfiguration : IEntityTypeConfiguration<Submission>
{
    public void Configure(EntityTypeBuilder<Submission> builder)
    {
        builder.ToTable("Submissions");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.Language).HasMaxLength(5);
        builder.Property(s => s.SubmittedByKind).HasConversion<string>().HasMaxLength(12);
        builder.Property(s => s.SubmittedById).HasMaxLength(AuditLimits.ActorId);
        builder.Property(s => s.SubmittedByName).HasMaxLength(AuditLimits.ActorName);
        builder.Property(s => s.IpAddress).HasMaxLength(AuditLimits.IpAddress);
        builder.Property(s => s.UserAgent).HasMaxLength(AuditLimits.UserAgent);
        builder.Property(s => s.SignerName).HasMaxLength(200);
        builder.Property(s => s.SignatureMethod).HasConversion<string>().HasMaxLength(10);
        builder.Property(s => s.TextSha256).HasMaxLength(64);
        builder.Property(s => s.PdfSha256).HasMaxLength(64);
        builder.Ignore(s => s.Answers);
        builder.Ignore(s => s.IsCurrent);
        builder.HasIndex(s => new { s.PatientId, s.SubmittedAt });
        builder.HasIndex(s => s.RequestId);
        builder.HasOne<FormRequest>().WithMany().HasForeignKey(s => s.RequestId).OnDelete(DeleteBehavior.Restrict);
    }
}
