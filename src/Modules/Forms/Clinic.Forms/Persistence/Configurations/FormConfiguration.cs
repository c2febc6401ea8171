using Clinic.Forms.Domain.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clinic.Forms.Persistence.Configurations;

internal sealed class FormConfiguration : IEntityTypeConfiguration<Form>
{
    public void Configure(EntityTypeBuilder<Form> builder)
    {
        builder.ToTable("Forms");
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(f => f.Status).HasConversion<string>().HasMaxLength(12);
        builder.Property(f => f.UpdatedBy).HasMaxLength(200);
        builder.Property(f => f.Revision).IsConcurrencyToken();
        builder.Ignore(f => f.Draft);
        builder.HasMany(f => f.Services).WithOne().HasForeignKey(s => s.FormId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(f => f.Services).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("services");
    }
}
