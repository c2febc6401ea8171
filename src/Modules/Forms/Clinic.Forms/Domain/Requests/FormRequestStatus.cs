namespace Clinic.Forms.Domain.Requests;

public enum FormRequestStatus
{
    /// <summary>Waiting for the patient: to answer, sign, or read.</summary>
    Pending,

    /// <summary>Answered, signed or read (or satisfied by recent answers staff allowed to reuse).</summary>
    Completed,

    /// <summary>No longer asked: the visit was cancelled, or the form no longer applies to it.</summary>
    Withdrawn,
}
