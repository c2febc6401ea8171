using Clinic.Forms.Domain.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clinic.Forms.Persistence.Configurations;

internal sealed class SignedDocumentConfiguration : IEntityTypeConfiguration<SignedDocument>
{
    public void Configure(EntityTypeBuilder<SignedDocument> builder)
    {
        builder.ToTable("SignedDocuments");
        builder.HasKey(d => d.SubmissionId);
        builder.HasOne<Submission>().WithOne().HasForeignKey<SignedDocument>(d => d.SubmissionId).OnDelete(DeleteBehavior.Restrict);
    }
}
