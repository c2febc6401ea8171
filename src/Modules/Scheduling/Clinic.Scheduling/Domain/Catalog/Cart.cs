using Clinic.BuildingBlocks.Errors;

namespace Clinic.Scheduling.Domain.Catalog;

/// <summary>
/// The services a patient books together, in the order they are performed (OB5). One provider performs the whole
/// cart back to back; when nobody can, the cart is split into parts that one provider each can perform.
/// </summary>
internal sealed class Cart(IReadOnlyList<Service> services)
{
    public IReadOnlyList<Service> Services { get; } = services;

    public TreatmentTime Time => TreatmentTime.Of(Services.Select(s => (s.DurationMinutes, s.BufferMinutes)));

    public bool IsPerformedBy(Provider provider) => Services.All(s => provider.Performs(s.Id));

    /// <summary>The provider the patient chose must perform every service of the cart.</summary>
    public void EnsurePerformedBy(Provider chosen)
    {
        var notPerformed = Services.Where(s => !chosen.Performs(s.Id)).Select(s => s.Name).ToList();
        if (notPerformed.Count > 0)
        {
            throw new BusinessRuleException($"{chosen.DisplayName} does not perform {string.Join(", ", notPerformed)}. Choose another provider or first available.");
        }
    }

    /// <summary>
    /// "First available": everyone at the location who performs the whole cart. When nobody does, the refusal says
    /// how to split the cart (or which service nobody there performs).
    /// </summary>
    public IReadOnlyList<Provider> WhoCanPerform(IReadOnlyList<Provider> atLocation, string locationName)
    {
        var able = atLocation.Where(IsPerformedBy).ToList();
        if (able.Count > 0)
        {
            return able;
        }

        var performedByNobody = Services.Where(s => !atLocation.Any(p => p.Performs(s.Id))).ToList();
        throw new CartNeedsSplittingException(SplitBetween(atLocation), performedByNobody, locationName);
    }

    /// <summary>Greedy split, in order, into parts that one provider each can perform back to back.</summary>
    public IReadOnlyList<IReadOnlyList<Service>> SplitBetween(IReadOnlyList<Provider> providers)
    {
        var parts = new List<List<Service>>();
        foreach (var service in Services)
        {
            var current = parts.LastOrDefault();
            if (current is not null && providers.Any(p => current.Append(service).All(s => p.Performs(s.Id))))
            {
                current.Add(service);
            }
            else
            {
                parts.Add([service]);
            }
        }

        return parts;
    }
}
