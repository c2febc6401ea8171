using Clinic.BuildingBlocks.Errors;

namespace Clinic.Forms.Domain.Forms;

/// <summary>The draft cannot be published yet; the problem lists each field to fix, for the builder to show next to it.</summary>
internal sealed class FormNotReadyException(IReadOnlyList<ContentProblem> problems)
    : BusinessRuleException($"The form is not ready to publish: {problems.Count} thing(s) to fix, listed in 'problems'.")
{
    public IReadOnlyList<ContentProblem> Problems { get; } = problems;

    public override IReadOnlyDictionary<string, object?> Extensions => new Dictionary<string, object?>
    {
        ["problems"] = Problems.Select(p => new Dictionary<string, object?> { ["path"] = p.Path, ["code"] = p.Code.ToString(), ["message"] = p.Message, ["limit"] = p.Limit }).ToList(),
    };
}
