using Mediator;

namespace Clinic.Forms.Features.Portal.GetMyForms;

/// <summary>The patient's forms (PP7, PP10, PP11): what to do before each visit ahead, aftercare released, and earlier documents.</summary>
public sealed record GetMyForms : IRequest<MyForms>;

/// <summary>The portal's forms sections.</summary>
/// <param name="ActionRequired">Visits ahead, soonest first, with their questionnaires, consents and pre-treatment instructions ("Acción requerida").</param>
/// <param name="Aftercare">Post-treatment instructions of visits that have started, latest first ("Instrucciones posteriores").</param>
/// <param name="Documents">Questionnaires answered and consents signed for earlier visits, latest first.</param>
public sealed record MyForms(IReadOnlyList<VisitForms> ActionRequired, IReadOnlyList<VisitForms> Aftercare, IReadOnlyList<VisitForms> Documents);
