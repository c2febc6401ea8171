import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  notificationsClient,
  operationsClient,
  type MessageChannel,
  type MessageStatus,
  type NotificationMessagePage,
  type NotificationMessageSummary,
  type OutboxMessageStatus,
  type OutboxMessageView,
  type ReminderLeadTime,
} from '../../api';

/** "attention" = everything staff should look at: failed (still retrying) and dead (given up). */
export type LogView = 'attention' | 'all' | MessageStatus;
export type OutboxView = 'problems' | OutboxMessageStatus;

export interface LogFilter {
  view: LogView;
  channel: MessageChannel | undefined;
  /** An email address or a phone number in any notation; the API matches it exactly. */
  recipient: string | undefined;
  page: number;
}

export const logPageSize = 25;
/** The attention view merges two statuses, so it shows one long page instead of paging each. */
const attentionLimit = 100;

export const messagesKeys = {
  log: (filter: LogFilter) => ['admin', 'messages', 'log', filter.view, filter.channel ?? 'all', filter.recipient ?? '', filter.page] as const,
  message: (id: string) => ['admin', 'messages', 'message', id] as const,
  outbox: (view: OutboxView) => ['admin', 'messages', 'outbox', view] as const,
  reminders: ['admin', 'messages', 'reminders'] as const,
};

/** Being sent, or queued to go out within the minute (a reminder due next week is not worth watching). */
function dueNow(message: NotificationMessageSummary): boolean {
  if (message.status === 'Sending') return true;
  return message.status === 'Queued' && !!message.nextAttemptAt && Date.parse(message.nextAttemptAt) <= Date.now() + 60_000;
}

const newestFirst = <T,>(at: (item: T) => string) => (a: T, b: T) => Date.parse(at(b)) - Date.parse(at(a));

async function listLog(filter: LogFilter, signal: AbortSignal): Promise<NotificationMessagePage> {
  const list = (status: MessageStatus | undefined, skip: number, take: number) =>
    notificationsClient.listNotificationMessages(undefined, filter.channel, status, undefined, filter.recipient, undefined, undefined, skip, take, signal);
  if (filter.view === 'attention') {
    const [failed, dead] = await Promise.all([list('Failed', 0, attentionLimit), list('Dead', 0, attentionLimit)]);
    return {
      items: [...failed.items, ...dead.items].sort(newestFirst<NotificationMessageSummary>((m) => m.createdAt)),
      total: failed.total + dead.total,
    };
  }
  return list(filter.view === 'all' ? undefined : filter.view, filter.page * logPageSize, logPageSize);
}

export function useDeliveryLog(filter: LogFilter) {
  return useQuery({
    queryKey: messagesKeys.log(filter),
    queryFn: ({ signal }) => listLog(filter, signal),
    // The page on screen stays while the next one loads.
    placeholderData: (previous) => previous,
    // Messages move on their own (sent, failed, retried by the worker): staff watching the log see it happen.
    refetchInterval: 15_000,
  });
}

export function useNotificationMessage(id: string) {
  return useQuery({
    queryKey: messagesKeys.message(id),
    queryFn: ({ signal }) => notificationsClient.getNotificationMessage(id, signal),
    // While it is still on its way (e.g. just retried), its outcome arrives within seconds.
    refetchInterval: (query) => (query.state.data && dueNow(query.state.data.summary) ? 3_000 : false),
  });
}

/** Queues a dead message again; the answer is its new summary, and every list on screen is refreshed. */
export function useRetryMessage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => notificationsClient.retryNotificationMessage(id),
    onSuccess: (summary) => {
      queryClient.setQueryData(messagesKeys.message(summary.id), (details: Awaited<ReturnType<typeof notificationsClient.getNotificationMessage>> | undefined) =>
        details ? { ...details, summary } : details,
      );
      void queryClient.invalidateQueries({ queryKey: ['admin', 'messages', 'log'] });
    },
    // A refusal (409: someone else retried it) means what is on screen is stale.
    onError: (_error, id) => {
      void queryClient.invalidateQueries({ queryKey: ['admin', 'messages', 'log'] });
      void queryClient.invalidateQueries({ queryKey: messagesKeys.message(id) });
    },
  });
}

async function listOutbox(view: OutboxView, signal: AbortSignal): Promise<OutboxMessageView[]> {
  if (view === 'problems') {
    const [retrying, dead] = await Promise.all([
      operationsClient.listOutboxMessages('Retrying', 100, signal),
      operationsClient.listOutboxMessages('DeadLettered', 100, signal),
    ]);
    return [...retrying, ...dead].sort(newestFirst<OutboxMessageView>((m) => m.occurredAt));
  }
  return operationsClient.listOutboxMessages(view, 100, signal);
}

export function useOutbox(view: OutboxView, enabled: boolean) {
  return useQuery({
    queryKey: messagesKeys.outbox(view),
    queryFn: ({ signal }) => listOutbox(view, signal),
    enabled,
    placeholderData: (previous) => previous,
  });
}

export function useRetryOutbox() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (event: OutboxMessageView) => operationsClient.retryOutboxMessage(event.module, event.id),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['admin', 'messages', 'outbox'] }),
  });
}

export function useReminderSettings(enabled: boolean) {
  return useQuery({
    queryKey: messagesKeys.reminders,
    queryFn: ({ signal }) => notificationsClient.getReminderSettings(signal),
    enabled,
  });
}

export function useUpdateReminderSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reminders: ReminderLeadTime[]) => notificationsClient.updateReminderSettings({ reminders }),
    onSuccess: (settings) => queryClient.setQueryData(messagesKeys.reminders, settings),
  });
}
