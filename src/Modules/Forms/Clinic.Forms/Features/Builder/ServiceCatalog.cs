using Clinic.Scheduling.Contracts.Catalog;
using FluentValidation;
using FluentValidation.Results;
using Mediator;

namespace Clinic.Forms.Features.Builder;

/// <summary>Services belong to Scheduling; Forms only links to them, so it asks whether the ids it is given exist.</summary>
internal static class ServiceCatalog
{
    public const int MaxServices = 200;

    public static async Task EnsureExistAsync(ISender sender, IReadOnlyCollection<Guid> serviceIds, string field, CancellationToken cancellationToken)
    {
        if (serviceIds.Count == 0)
        {
            return;
        }

        var known = (await sender.Send(new ListCatalogServices(serviceIds.ToList()), cancellationToken)).Select(s => s.ServiceId).ToHashSet();
        var unknown = serviceIds.Where(id => !known.Contains(id)).ToList();
        if (unknown.Count > 0)
        {
            throw new ValidationException([new ValidationFailure(field, $"No service has the id(s) {string.Join(", ", unknown)}.")]);
        }
    }

    public static async Task EnsureServiceExistsAsync(ISender sender, Guid serviceId, CancellationToken cancellationToken)
    {
        if ((await sender.Send(new ListCatalogServices([serviceId]), cancellationToken)).Count == 0)
        {
            throw new Clinic.BuildingBlocks.Errors.NotFoundException("Service", serviceId);
        }
    }
}
