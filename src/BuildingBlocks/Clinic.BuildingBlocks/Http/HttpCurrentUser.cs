using System.Security.Claims;
using Clinic.BuildingBlocks.Abstractions;
using Microsoft.AspNetCore.Http;

namespace Clinic.BuildingBlocks.Http;

internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public string? UserId => IsAuthenticated ? Principal!.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    public Guid? PatientId =>
        IsAuthenticated && Guid.TryParse(Principal!.FindFirstValue(ClinicClaims.PatientId), out var patientId) ? patientId : null;

    public string DisplayName => IsAuthenticated
        ? Principal!.FindFirstValue(ClaimTypes.Name) ?? UserId ?? "unknown"
        : accessor.HttpContext is null ? "system" : "anonymous";

    public bool IsInRole(string role) => Principal?.IsInRole(role) == true;
}
