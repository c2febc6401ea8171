namespace Clinic.Scheduling.Domain.Catalog;

/// <summary>A group of services shown together on the booking page, in <see cref="SortOrder"/>.</summary>
internal sealed class ServiceCategory
{
    private ServiceCategory() { }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public string NormalizedName { get; private set; } = "";

    public string? Description { get; private set; }

    public int SortOrder { get; private set; }

    public bool IsActive { get; private set; }

    public static ServiceCategory Create(string name, string? description, int sortOrder)
    {
        var category = new ServiceCategory { Id = Guid.NewGuid(), IsActive = true };
        category.Update(name, description, sortOrder);
        return category;
    }

    public void Update(string name, string? description, int sortOrder)
    {
        Name = name.Trim();
        NormalizedName = NameKey.Of(name);
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        SortOrder = sortOrder;
    }

    public void Deactivate() => IsActive = false;

    public void Activate() => IsActive = true;
}
