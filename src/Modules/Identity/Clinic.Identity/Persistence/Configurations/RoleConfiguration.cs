using Clinic.BuildingBlocks.Abstractions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clinic.Identity.Persistence.Configurations;

/// <summary>The four roles exist from the first migration; their ids are fixed so the data never changes between engines.</summary>
internal sealed class RoleConfiguration : IEntityTypeConfiguration<IdentityRole<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityRole<Guid>> builder) => builder.HasData(
        Role("a1f0c6f2-6d43-4b8e-9a52-000000000001", ClinicRoles.Admin),
        Role("a1f0c6f2-6d43-4b8e-9a52-000000000002", ClinicRoles.Provider),
        Role("a1f0c6f2-6d43-4b8e-9a52-000000000003", ClinicRoles.FrontDesk),
        Role("a1f0c6f2-6d43-4b8e-9a52-000000000004", ClinicRoles.Patient));

    private static IdentityRole<Guid> Role(string id, string name) => new()
    {
        Id = Guid.Parse(id),
        Name = name,
        NormalizedName = name.ToUpperInvariant(),
        ConcurrencyStamp = id,
    };
}
