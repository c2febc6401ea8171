using Mediator;

namespace Clinic.Identity.Features.Account.RegisterPatient;

/// <summary>
/// Creates a portal account (PP4). The answer is the same whether or not the email is known: the
/// person finds out in their inbox, where a verification link waits if an account could be created.
/// An email already on the clinic's records links the account to that profile (PP5).
/// </summary>
/// <param name="Phone">Optional; any common notation, stored in E.164.</param>
/// <param name="Language">"es" or "en": the language of every email the patient receives.</param>
public sealed record RegisterPatient(
    string FirstName,
    string LastName,
    string Email,
    string Password,
    string? Phone,
    DateOnly? BirthDate,
    string Language,
    bool MarketingConsent) : IRequest;
