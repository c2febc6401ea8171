using Clinic.Forms.Domain.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clinic.Forms.Persistence.Configurations;

internal sealed class FormServiceAssignmentConfiguration : IEntityTypeConfiguration<FormServiceAssignment>
{
    public void Configure(EntityTypeBuilder<FormServiceAssignment> builder)
    {
        builder.ToTable("FormServices");
        builder.HasKey(a => new { a.FormId, a.ServiceId });
        builder.HasIndex(a => a.ServiceId);
    }
}
