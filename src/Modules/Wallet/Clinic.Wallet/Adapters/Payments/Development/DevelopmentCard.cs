namespace Clinic.Wallet.Adapters.Payments.Development;

/// <summary>
/// A test card as the development card form describes it: which behaviour it stands for, never a number.
/// The form accepts only the published test numbers and sends their scenario, so no card number reaches the server.
/// </summary>
public sealed record DevelopmentCard(DevelopmentCardScenario Scenario, string Brand, string Last4, int ExpMonth, int ExpYear);

/// <summary>What a test card does, mirroring Stripe's test cards of the same numbers.</summary>
public enum DevelopmentCardScenario
{
    /// <summary>4242 4242 4242 4242: everything succeeds.</summary>
    Success,

    /// <summary>4000 0000 0000 0002: the bank declines the card when it is checked.</summary>
    Decline,

    /// <summary>4000 0000 0000 9995: the card saves, but every charge or hold is declined for insufficient funds.</summary>
    InsufficientFunds,

    /// <summary>4000 0027 6000 3184: the bank asks for authentication every time; charges without the patient fail.</summary>
    AuthenticationRequired,
}
