using Clinic.BuildingBlocks.Abstractions;
using FluentValidation;

namespace Clinic.Identity.Features.ApiKeys.CreateApiKey;

internal sealed class CreateApiKeyValidator : AbstractValidator<CreateApiKey>
{
    public CreateApiKeyValidator()
    {
        RuleFor(k => k.Name).NotEmpty().MaximumLength(100);
        RuleFor(k => k.Scopes).NotEmpty().WithMessage("Grant at least one scope.")
            .Must(scopes => scopes.All(ApiScopes.All.Contains))
            .WithMessage($"Scopes must be among: {string.Join(", ", ApiScopes.All)}.");
    }
}
