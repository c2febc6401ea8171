namespace Clinic.BuildingBlocks.Errors;

/// <summary>
/// A business rule said no. The host turns each kind into a ProblemDetails response with
/// <see cref="Exception.Message"/> as the human-readable detail, so write messages for people.
/// </summary>
public abstract class DomainException(string title, string detail, Exception? inner = null) : Exception(detail, inner)
{
    public string Title { get; } = title;

    /// <summary>Machine-readable details added to the ProblemDetails, for clients that act on the refusal.</summary>
    public virtual IReadOnlyDictionary<string, object?> Extensions { get; } = new Dictionary<string, object?>();
}
