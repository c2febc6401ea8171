using Clinic.BuildingBlocks.Errors;
using Clinic.Wallet.Adapters.Payments;
using Clinic.Wallet.Adapters.Payments.Development;
using Microsoft.Extensions.DependencyInjection;

namespace Clinic.Wallet.Features.Development;

/// <summary>The development gateway's browser-side calls exist only while it is the configured gateway; with Stripe they answer 404.</summary>
internal static class DevelopmentGatewayAccess
{
    public static DevelopmentPaymentGateway Require(IServiceProvider services) =>
        services.GetService<DevelopmentPaymentGateway>() ?? throw new NotFoundException("Development payment gateway", "configured");

    public static DevelopmentGatewayResult ToResult(GatewaySetup setup) => new(setup.Id, setup.Status switch
    {
        GatewaySetupStatus.Succeeded => "succeeded",
        GatewaySetupStatus.RequiresAction => "requires_action",
        GatewaySetupStatus.Processing => "processing",
        GatewaySetupStatus.Canceled => "canceled",
        _ => "requires_payment_method",
    }, setup.Failure?.Reason, setup.Failure?.Message);

    public static DevelopmentGatewayResult ToResult(GatewayPayment payment) => new(payment.Id, payment.Status switch
    {
        GatewayPaymentStatus.Succeeded => "succeeded",
        GatewayPaymentStatus.RequiresCapture => "requires_capture",
        GatewayPaymentStatus.RequiresAction => "requires_action",
        GatewayPaymentStatus.Processing => "processing",
        GatewayPaymentStatus.Canceled => "canceled",
        GatewayPaymentStatus.RequiresConfirmation => "requires_confirmation",
        _ => "requires_payment_method",
    }, payment.Failure?.Reason, payment.Failure?.Message);
}
