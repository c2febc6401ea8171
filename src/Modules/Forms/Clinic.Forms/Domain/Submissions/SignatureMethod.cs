namespace Clinic.Forms.Domain.Submissions;

/// <summary>How the patient signed: drawn with a finger, pen or mouse, or typed (the keyboard alternative).</summary>
public enum SignatureMethod
{
    Drawn,
    Typed,
}
