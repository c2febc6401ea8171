using Clinic.Forms.Domain.Forms;
using Mediator;

namespace Clinic.Forms.Features.Builder.CreateForm;

/// <summary>Starts a form as a draft; nothing reaches patients until it is published and assigned to a service.</summary>
/// <param name="Kind">Questionnaire, consent, pre- or post-treatment instructions.</param>
/// <param name="Content">Title, introduction and items; a draft may leave one language empty.</param>
/// <param name="ReuseAnswersForDays">Questionnaires only: reuse answers given to the same version within this many days (1–365).</param>
public sealed record CreateForm(FormKind Kind, FormContent Content, int? ReuseAnswersForDays = null) : IRequest<FormDetails>;
