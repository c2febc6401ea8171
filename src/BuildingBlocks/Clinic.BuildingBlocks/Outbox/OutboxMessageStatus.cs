namespace Clinic.BuildingBlocks.Outbox;

public enum OutboxMessageStatus
{
    Pending,
    Retrying,
    Delivered,
    DeadLettered,
}
