using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Background;
using Clinic.BuildingBlocks.Modules;
using Clinic.Wallet.Adapters.Payments;
using Clinic.Wallet.Adapters.Payments.Development;
using Clinic.Wallet.Adapters.Payments.Stripe;
using Clinic.Wallet.Contracts;
using Clinic.Wallet.Persistence;
using Clinic.Wallet.Processing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Clinic.Wallet;

/// <summary>Wallet's public face: the definition the host lists, which registers the module and maps its endpoints.</summary>
public static class WalletModule
{
    public static ModuleDefinition Definition { get; } = new(
        WalletModuleInfo.Name, typeof(WalletModule).Assembly, typeof(WalletModuleInfo).Assembly, AddServices, MapEndpoints);

    private static void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModule<WalletDbContext, SqliteWalletDbContext, SqlServerWalletDbContext>(configuration, Definition);

        services.Configure<WalletClinicOptions>(configuration.GetSection(WalletClinicOptions.Section));
        services.AddOptions<PaymentsOptions>().Bind(configuration.GetSection(PaymentsOptions.Section))
            .Validate(p => p.Gateway != PaymentGatewayKind.Stripe || (!string.IsNullOrWhiteSpace(p.Stripe.SecretKey)
                                                                      && !string.IsNullOrWhiteSpace(p.Stripe.PublishableKey)
                                                                      && !string.IsNullOrWhiteSpace(p.Stripe.WebhookSecret)),
                "Wallet:Payments:Stripe needs SecretKey, PublishableKey and WebhookSecret when the payment gateway is Stripe.")
            .Validate(p => p.CardCheckAmountMinor > 0 && p.AuthorizationGrace >= TimeSpan.Zero && p.MaxAttempts >= 1 && p.PollInterval > TimeSpan.Zero,
                "Wallet:Payments needs a positive CardCheckAmountMinor, PollInterval and MaxAttempts.")
            .ValidateOnStart();

        var payments = configuration.GetSection(PaymentsOptions.Section).Get<PaymentsOptions>() ?? new PaymentsOptions();
        if (payments.Gateway == PaymentGatewayKind.Stripe)
        {
            services.AddHttpClient(StripePaymentGateway.HttpClientName, (sp, client) =>
                client.Timeout = sp.GetRequiredService<IOptions<PaymentsOptions>>().Value.Stripe.Timeout);
            services.AddSingleton<IPaymentGateway, StripePaymentGateway>();
        }
        else
        {
            services.AddSingleton<DevelopmentPaymentGateway>();
            services.AddSingleton<IPaymentGateway>(sp => sp.GetRequiredService<DevelopmentPaymentGateway>());
        }

        services.AddScoped<PaymentOutcomes>();
        services.AddScoped<Fees>();
        services.AddScoped<Features.Booking.CardStep>();
        services.AddScoped<PaymentOperationExecutor>();
        services.AddSingleton<PaymentOperationProcessor>();
        services.AddSingleton<Clinic.BuildingBlocks.Operations.IBacklogSource, PaymentBacklogSource>();
        var ownSwitch = $"{PaymentsOptions.Section}:{nameof(PaymentsOptions.RunWorker)}";
        services.AddBackgroundWorker<PaymentWorker>(configuration, ownSwitch);
        services.AddBackgroundWorker<UnclaimedAuthorizationSweeper>(configuration, ownSwitch);
    }

    private static void MapEndpoints(IEndpointRouteBuilder app)
    {
        var payments = app.MapGroup("/api/payments").WithTags("Wallet").AllowAnonymous();
        Features.Configuration.GetPaymentConfiguration.GetPaymentConfigurationEndpoint.Map(payments);

        var payLinks = app.MapGroup("/api/payments/pay-links").WithTags("Wallet").AllowAnonymous();
        Features.PayLinks.GetPayLink.GetPayLinkEndpoint.Map(payLinks);
        Features.PayLinks.StartPayLinkPayment.StartPayLinkPaymentEndpoint.Map(payLinks);
        Features.PayLinks.RefreshPayLink.RefreshPayLinkEndpoint.Map(payLinks);

        var development = app.MapGroup("/api/payments/development").WithTags("Wallet").AllowAnonymous();
        Features.Development.ConfirmDevelopmentSetup.ConfirmDevelopmentSetupEndpoint.Map(development);
        Features.Development.AuthenticateDevelopmentSetup.AuthenticateDevelopmentSetupEndpoint.Map(development);
        Features.Development.ConfirmDevelopmentPayment.ConfirmDevelopmentPaymentEndpoint.Map(development);
        Features.Development.AuthenticateDevelopmentPayment.AuthenticateDevelopmentPaymentEndpoint.Map(development);

        Features.Webhooks.ReceiveStripeWebhook.ReceiveStripeWebhookEndpoint.Map(app);

        var booking = app.MapGroup("/api/booking").WithTags("Wallet").AllowAnonymous();
        Features.Booking.StartBookingPayment.StartBookingPaymentEndpoint.Map(booking);
        Features.Booking.AuthorizeBookingPayment.AuthorizeBookingPaymentEndpoint.Map(booking);

        var cards = app.MapGroup("/api/portal/payments/cards").WithTags("Wallet").RequireAuthorization(ClinicPolicies.Patient);
        Features.Cards.ListMyCards.ListMyCardsEndpoint.Map(cards);
        Features.Cards.StartAddingCard.StartAddingCardEndpoint.Map(cards);
        Features.Cards.SaveMyCard.SaveMyCardEndpoint.Map(cards);
        Features.Cards.RemoveMyCard.RemoveMyCardEndpoint.Map(cards);
        Features.Cards.SetMyDefaultCard.SetMyDefaultCardEndpoint.Map(cards);

        var portal = app.MapGroup("/api/portal/payments").WithTags("Wallet").RequireAuthorization(ClinicPolicies.Patient);
        Features.MyWallet.ListMyPayments.ListMyPaymentsEndpoint.Map(portal);

        var myWallet = app.MapGroup("/api/portal").WithTags("Wallet").RequireAuthorization(ClinicPolicies.Patient);
        Features.MyWallet.GetMyWallet.GetMyWalletEndpoint.Map(myWallet);

        var staffPayments = app.MapGroup("/api/admin/payments").WithTags("Wallet").RequireAuthorization(ClinicPolicies.Staff);
        Features.Staff.ListPayments.ListPaymentsEndpoint.Map(staffPayments);

        var paymentActions = app.MapGroup("/api/admin/payments").WithTags("Wallet").RequireAuthorization(ClinicPolicies.ManagePayments);
        Features.Staff.RefundPayment.RefundPaymentEndpoint.Map(paymentActions);
        Features.Staff.WaiveFee.WaiveFeeEndpoint.Map(paymentActions);
        Features.Staff.RetryFee.RetryFeeEndpoint.Map(paymentActions);

        var patientWallets = app.MapGroup("/api/admin/patients").WithTags("Wallet").RequireAuthorization(ClinicPolicies.Staff);
        Features.Staff.GetPatientWallet.GetPatientWalletEndpoint.Map(patientWallets);

        var walletActions = app.MapGroup("/api/admin/patients").WithTags("Wallet").RequireAuthorization(ClinicPolicies.ManagePayments);
        Features.Ledger.AdjustCredit.AdjustCreditEndpoint.Map(walletActions);
        Features.Ledger.AssignPackage.AssignPackageEndpoint.Map(walletActions);

        var packages = app.MapGroup("/api/admin/wallet/packages").WithTags("Wallet").RequireAuthorization(ClinicPolicies.Staff);
        Features.Packages.ListPackageProducts.ListPackageProductsEndpoint.Map(packages);

        var managePackages = app.MapGroup("/api/admin/wallet/packages").WithTags("Wallet").RequireAuthorization(ClinicPolicies.ManageClinic);
        Features.Packages.CreatePackageProduct.CreatePackageProductEndpoint.Map(managePackages);
        Features.Packages.DeactivatePackageProduct.DeactivatePackageProductEndpoint.Map(managePackages);

        var settings = app.MapGroup("/api/admin/wallet/settings").WithTags("Wallet").RequireAuthorization(ClinicPolicies.ManageClinic);
        Features.Settings.GetWalletSettings.GetWalletSettingsEndpoint.Map(settings);
        Features.Settings.UpdateWalletSettings.UpdateWalletSettingsEndpoint.Map(settings);
    }
}
