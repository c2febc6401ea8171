using Clinic.Wallet.Domain.Payments;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Wallet.Features.Staff.ListPayments;

internal static class ListPaymentsEndpoint
{
    public static void Map(IEndpointRouteBuilder payments) => payments
        .MapGet("/", async (DateOnly? from, DateOnly? to, PaymentStatus? status, bool? outstandingOnly, bool? refundedOnly, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new ListPayments(from, to, status, outstandingOnly ?? false, refundedOnly ?? false), cancellationToken)))
        .WithName("ListPayments")
        .WithSummary("Payments of a day or period (deposits, card checks, fees), outstanding fees, refunds.")
        .ProducesValidationProblem();
}
