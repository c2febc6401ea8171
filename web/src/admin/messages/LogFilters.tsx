import { useEffect, useId } from 'react';
import * as z from 'zod/mini';
import type { MessageChannel, MessageStatus } from '../../api';
import { optionalText } from '../../forms/rules';
import { TextField } from '../../forms/TextField';
import { useZodForm } from '../../forms/useZodForm';
import { useTranslation } from '../../i18n';
import type { LogView } from './queries';

const statuses: MessageStatus[] = ['Queued', 'Sending', 'Sent', 'Failed', 'Dead', 'Cancelled'];
const channels: MessageChannel[] = ['Email', 'Sms'];
const maxRecipientLength = 320;
const searchSchema = z.object({ recipient: optionalText(maxRecipientLength) });

export interface Filter {
  view: LogView;
  channel: MessageChannel | undefined;
  recipient: string | undefined;
}

export function readView(value: string | null): LogView {
  return value === 'all' || statuses.includes(value as MessageStatus) ? (value as LogView) : 'attention';
}

export function readChannel(value: string | null): MessageChannel | undefined {
  return channels.find((channel) => channel === value);
}

/** Which messages the log shows: view and channel apply at once, the recipient when searched. */
export function LogFilters({ filter, onChange }: { filter: Filter; onChange: (filter: Filter) => void }) {
  const { t } = useTranslation('staff');
  const viewId = useId();
  const channelId = useId();
  const { register, handleSubmit, setValue, getValues } = useZodForm(searchSchema, { defaultValues: { recipient: filter.recipient ?? '' } });

  // The address changed from outside (Back, a shared link): the box follows it.
  useEffect(() => {
    if (getValues('recipient').trim() !== (filter.recipient ?? '')) setValue('recipient', filter.recipient ?? '');
  }, [filter.recipient, getValues, setValue]);

  return (
    <>
      <div className="messages-filters">
        <div className="field">
          <label htmlFor={viewId}>{t('adminMessages.log.view')}</label>
          <select id={viewId} value={filter.view} onChange={(event) => onChange({ ...filter, view: readView(event.target.value) })}>
            <option value="attention">{t('adminMessages.log.views.attention')}</option>
            <option value="all">{t('adminMessages.log.views.all')}</option>
            {statuses.map((status) => (
              <option key={status} value={status}>
                {t(`adminMessages.status.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={channelId}>{t('adminMessages.log.channel')}</label>
          <select id={channelId} value={filter.channel ?? ''} onChange={(event) => onChange({ ...filter, channel: readChannel(event.target.value) })}>
            <option value="">{t('adminMessages.log.allChannels')}</option>
            {channels.map((channel) => (
              <option key={channel} value={channel}>
                {t(`adminMessages.channels.${channel}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <form
        role="search"
        className="messages-filters messages-search"
        aria-label={t('adminMessages.log.searchLabel')}
        onSubmit={handleSubmit((values) => onChange({ ...filter, recipient: values.recipient || undefined }))}
      >
        <TextField
          label={t('adminMessages.log.recipient')}
          type="search"
          autoComplete="off"
          maxLength={maxRecipientLength}
          registration={register('recipient')}
        />
        <button type="submit" className="button button--secondary">
          {t('adminMessages.log.search')}
        </button>
      </form>
    </>
  );
}
