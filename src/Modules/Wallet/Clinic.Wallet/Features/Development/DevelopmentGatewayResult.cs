namespace Clinic.Wallet.Features.Development;

/// <summary>
/// What the development card processor answered the browser, the way Stripe.js reports a confirmation.
/// <c>Status</c>: succeeded, requires_capture, requires_action (show the simulated bank challenge), requires_payment_method
/// (refused: see <c>FailureReason</c>).
/// </summary>
public sealed record DevelopmentGatewayResult(string Id, string Status, string? FailureReason, string? FailureMessage);
