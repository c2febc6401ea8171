using Clinic.BuildingBlocks.Abstractions;

namespace Clinic.Identity.Contracts;

/// <summary>Staff merged a duplicate profile into another; modules move their references from <see cref="MergedPatientId"/> to <see cref="SurvivingPatientId"/>.</summary>
public sealed record PatientsMerged(Guid SurvivingPatientId, Guid MergedPatientId) : IntegrationEvent;
