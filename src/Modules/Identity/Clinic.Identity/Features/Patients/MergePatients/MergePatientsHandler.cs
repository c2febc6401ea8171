using Clinic.BuildingBlocks.Errors;
using Clinic.BuildingBlocks.Outbox;
using Clinic.Identity.Contracts;
using Clinic.Identity.Persistence;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Identity.Features.Patients.MergePatients;

internal sealed class MergePatientsHandler(IdentityDbContext db, UserManager<ClinicUser> users, TimeProvider clock)
    : IRequestHandler<MergePatients, PatientRecord>
{
    public async ValueTask<PatientRecord> Handle(MergePatients command, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var surviving = await db.Patients.SingleOrDefaultAsync(p => p.Id == command.SurvivingPatientId, cancellationToken)
                        ?? throw new NotFoundException("Patient", command.SurvivingPatientId);
        var merged = await db.Patients.SingleOrDefaultAsync(p => p.Id == command.MergedPatientId, cancellationToken)
                     ?? throw new NotFoundException("Patient", command.MergedPatientId);
        if (surviving.IsMerged || merged.IsMerged)
        {
            throw new ConflictException($"Patient '{(surviving.IsMerged ? surviving.Id : merged.Id)}' was already merged into another profile.");
        }

        var now = clock.GetUtcNow();
        merged.MergeInto(surviving, now);
        await MoveAccountAsync(surviving.Id, merged.Id, cancellationToken);
        db.PossibleDuplicates.RemoveRange(await db.PossibleDuplicates
            .Where(d => d.PatientId == merged.Id || d.DuplicateOfId == merged.Id)
            .ToListAsync(cancellationToken));
        db.Publish(new PatientsMerged(surviving.Id, merged.Id) { OccurredAt = now });

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await PatientRecords.ForAsync(db, surviving, cancellationToken);
    }

    private async Task MoveAccountAsync(Guid survivingId, Guid mergedId, CancellationToken cancellationToken)
    {
        var mergedAccount = await db.Users.SingleOrDefaultAsync(u => u.PatientId == mergedId, cancellationToken);
        if (mergedAccount is null)
        {
            return;
        }

        if (await db.Users.AnyAsync(u => u.PatientId == survivingId, cancellationToken))
        {
            // One person, one login: the kept profile's account stays, and the other one's sessions end with it.
            AccountPasswords.Succeeded(await users.DeleteAsync(mergedAccount));
            return;
        }

        mergedAccount.PatientId = survivingId;
        // Open sessions are re-issued with fresh claims at their next security-stamp check, so they follow within a minute.
        AccountPasswords.Succeeded(await users.UpdateAsync(mergedAccount));
    }
}
