import type { NotificationMessageSummary } from '../../api';
import { problemOf } from '../../api/problems';
import type { Translate } from '../../i18n';

/** What staff are told after "Retry now": the new status, or why the API refused. */
export function retrySucceeded(t: Translate, summary: NotificationMessageSummary): string {
  return t('adminMessages.log.retried', { recipient: summary.recipientName ?? summary.recipient, status: t(`adminMessages.status.${summary.status}`) });
}

export function retryFailed(t: Translate, failure: unknown): { message: string; detail?: string | null } {
  const problem = problemOf(failure);
  switch (problem.status) {
    case 404:
    case 409:
      return { message: t('adminMessages.log.retryConflict') };
    case 422:
      return { message: t('adminMessages.log.retryExpired'), detail: problem.detail };
    case 403:
      return { message: t('adminMessages.log.retryForbidden') };
    default:
      return { message: t('adminMessages.log.retryFailed') };
  }
}
