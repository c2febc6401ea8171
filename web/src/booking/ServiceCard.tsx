import type { BookableService } from '../api';
import { useTranslation } from '../i18n';
import { formatMinutes, formatMoney } from '../lib/format';

interface Props {
  service: BookableService;
  selected: boolean;
  onAdd: (id: string) => void;
  onRemove: (id: string) => void;
}

export function ServiceCard({ service, selected, onAdd, onRemove }: Props) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'es';

  return (
    <li className="service-card">
      <h3>{service.name}</h3>
      {service.description && <p className="service-card__description">{service.description}</p>}
      <dl className="service-card__facts">
        <div>
          <dt>{t('book.duration')}</dt>
          <dd>{formatMinutes(service.durationMinutes, locale)}</dd>
        </div>
        <div>
          <dt>{t('book.price')}</dt>
          <dd>{service.price.amountMinor === 0 ? t('book.free') : formatMoney(service.price, locale)}</dd>
        </div>
      </dl>
      {service.deposit && (
        <p className="service-card__note">{t('book.deposit', { amount: formatMoney(service.deposit, locale) })}</p>
      )}
      {selected ? (
        <button
          type="button"
          className="button button--secondary"
          aria-label={t('book.removeService', { service: service.name })}
          onClick={() => onRemove(service.id)}
        >
          {t('book.remove')}
        </button>
      ) : (
        <button
          type="button"
          className="button"
          aria-label={t('book.bookService', { service: service.name })}
          onClick={() => onAdd(service.id)}
        >
          {t('book.bookNow')}
        </button>
      )}
    </li>
  );
}
