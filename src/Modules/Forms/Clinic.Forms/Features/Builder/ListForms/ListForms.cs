using Clinic.Forms.Domain.Forms;
using Mediator;

namespace Clinic.Forms.Features.Builder.ListForms;

/// <summary>Every form, archived ones included (filter with <see cref="Status"/>), newest change first.</summary>
/// <param name="Kind">Only forms of this kind.</param>
/// <param name="Status">Only active or only archived forms.</param>
public sealed record ListForms(FormKind? Kind = null, FormStatus? Status = null) : IRequest<IReadOnlyList<FormSummary>>;
