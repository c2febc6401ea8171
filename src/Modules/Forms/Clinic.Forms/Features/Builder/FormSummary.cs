using Clinic.Forms.Domain.Forms;

namespace Clinic.Forms.Features.Builder;

/// <summary>A form in the list.</summary>
/// <param name="Id">Form id.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Title">Its draft title in both languages.</param>
/// <param name="Status">Active or Archived.</param>
/// <param name="CurrentVersionId">The version patients get; null until published.</param>
/// <param name="LatestVersionNumber">0 until published.</param>
/// <param name="HasUnpublishedChanges">The draft differs from the current version.</param>
/// <param name="ServiceIds">Services it is requested for.</param>
/// <param name="UpdatedAt">Last change.</param>
public sealed record FormSummary(Guid Id, FormKind Kind, LocalizedText Title, FormStatus Status, Guid? CurrentVersionId, int LatestVersionNumber,
    bool HasUnpublishedChanges, IReadOnlyList<Guid> ServiceIds, DateTimeOffset UpdatedAt)
{
    internal static FormSummary From(Form form) => new(form.Id, form.Kind, form.Draft.Title, form.Status, form.CurrentVersionId, form.LatestVersionNumber,
        form.HasUnpublishedChanges, form.Services.Select(s => s.ServiceId).Order().ToList(), form.UpdatedAt);
}
