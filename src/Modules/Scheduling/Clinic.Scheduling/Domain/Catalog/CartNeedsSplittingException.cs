using Clinic.BuildingBlocks.Errors;

namespace Clinic.Scheduling.Domain.Catalog;

/// <summary>
/// No single provider performs the whole cart (OB5). The message says which services to book
/// separately; the "bookSeparately" extension gives the split the booking page can apply.
/// </summary>
internal sealed class CartNeedsSplittingException : BusinessRuleException
{
    public CartNeedsSplittingException(IReadOnlyList<IReadOnlyList<Service>> groups, IReadOnlyCollection<Service> performedByNobody, string locationName)
        : base(Describe(groups, performedByNobody, locationName))
    {
        Extensions = new Dictionary<string, object?>
        {
            ["bookSeparately"] = groups.Select(g => g.Select(s => s.Id).ToList()).ToList(),
            ["notOfferedHere"] = performedByNobody.Select(s => s.Id).ToList(),
        };
    }

    public override IReadOnlyDictionary<string, object?> Extensions { get; }

    private static string Describe(IReadOnlyList<IReadOnlyList<Service>> groups, IReadOnlyCollection<Service> performedByNobody, string locationName) =>
        performedByNobody.Count > 0
            ? $"Nobody at {locationName} performs {string.Join(", ", performedByNobody.Select(s => s.Name))}. Choose another location or remove it from the cart."
            : "No single provider performs all of these services, so they are booked separately: "
              + string.Join("; ", groups.Select(g => string.Join(" + ", g.Select(s => s.Name)))) + ".";
}
