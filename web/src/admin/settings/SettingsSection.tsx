import { useId, type ReactNode } from 'react';
import { FormAlert } from '../../forms/FormMessages';
import { useTranslation } from '../../i18n';

interface Props {
  heading: string;
  query: { isPending: boolean; isError: boolean; refetch: () => unknown };
  children: ReactNode;
}

/** One block of settings: its heading, and its form once the current values are in. */
export function SettingsSection({ heading, query, children }: Props) {
  const { t } = useTranslation('staff');
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="settings-page__section">
      <h2 id={headingId}>{heading}</h2>
      {query.isError ? (
        <FormAlert>
          <p>{t('adminSettings.loadFailed')}</p>
          <button type="button" className="button button--secondary" onClick={() => void query.refetch()}>
            {t('adminSettings.retry')}
          </button>
        </FormAlert>
      ) : query.isPending ? (
        <p role="status">{t('adminSettings.loading')}</p>
      ) : (
        children
      )}
    </section>
  );
}
