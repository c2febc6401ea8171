namespace Clinic.Scheduling.Features.Categories;

public interface IServiceCategoryFields
{
    string Name { get; }

    string? Description { get; }

    /// <summary>Position on the booking page; lower comes first.</summary>
    int SortOrder { get; }
}
