using Clinic.Forms.Domain.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clinic.Forms.Persistence.Configurations;

internal sealed class FormVersionConfiguration : IEntityTypeConfiguration<FormVersion>
{
    public void Configure(EntityTypeBuilder<FormVersion> builder)
    {
        builder.ToTable("FormVersions");
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(v => v.PublishedBy).HasMaxLength(200);
        builder.Ignore(v => v.Content);
        builder.HasIndex(v => new { v.FormId, v.Number }).IsUnique();
        builder.HasOne<Form>().WithMany().HasForeignKey(v => v.FormId).OnDelete(DeleteBehavior.Cascade);
    }
}
