import type { BookableService } from '../api';
import { useBookableCategories } from '../api/queries';
import { useTranslation } from '../i18n';
import { formatMoney } from '../lib/format';
import { ServiceCard } from './ServiceCard';

interface Props {
  cart: { serviceIds: string[]; add: (id: string) => void; remove: (id: string) => void };
  onContinue: () => void;
}

export function ServicesStep({ cart, onContinue }: Props) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'es';
  const categories = useBookableCategories();
  // A retry after an error keeps status 'error' while fetching, so derive "loading" from fetch state.
  const loading = categories.isFetching && !categories.data;
  const services = useServiceLookup();
  const selected = cart.serviceIds.map((id) => services.get(id)).filter((service): service is BookableService => !!service);
  const total = selected.reduce((sum, service) => sum + service.price.amountMinor, 0);

  return (
    <>
      <p>{t('book.intro')}</p>
      <p role="status" className="cart-count">
        {cart.serviceIds.length > 0 && t('book.cartCount', { count: cart.serviceIds.length })}
      </p>

      {selected.length > 0 && (
        <section className="cart-panel" aria-labelledby="cart-heading">
          <h2 id="cart-heading">{t('booking.cart.heading')}</h2>
          <ul className="cart-panel__list">
            {selected.map((service) => (
              <li key={service.id}>
                <span>{service.name}</span>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-label={t('book.removeService', { service: service.name })}
                  onClick={() => cart.remove(service.id)}
                >
                  {t('book.remove')}
                </button>
              </li>
            ))}
          </ul>
          <p className="cart-panel__total">
            {t('booking.cart.total', { amount: formatMoney({ amountMinor: total, currency: selected[0].price.currency }, locale) })}
          </p>
          <button type="button" className="button" onClick={onContinue}>
            {t('booking.continue')}
          </button>
        </section>
      )}

      <div aria-busy={loading}>
        {loading && <p role="status">{t('book.loading')}</p>}

        {categories.isError && !categories.isFetching && (
          <div role="alert" className="notice notice--error">
            <p>{t('book.error')}</p>
            <button type="button" className="button" onClick={() => void categories.refetch()}>
              {t('book.retry')}
            </button>
          </div>
        )}

        {categories.isSuccess && categories.data.every((category) => category.services.length === 0) && (
          <p className="notice">{t('book.empty')}</p>
        )}

        {categories.data
          ?.filter((category) => category.services.length > 0)
          .map((category) => (
            <section key={category.id} className="category" aria-labelledby={`category-${category.id}`}>
              <h2 id={`category-${category.id}`}>{category.name}</h2>
              {category.description && <p>{category.description}</p>}
              <ul className="service-list">
                {category.services.map((service) => (
                  <ServiceCard
                    key={service.id}
                    service={service}
                    selected={cart.serviceIds.includes(service.id)}
                    onAdd={cart.add}
                    onRemove={cart.remove}
                  />
                ))}
              </ul>
            </section>
          ))}
      </div>
    </>
  );
}

/** Names and prices of the bookable services, by id. */
export function useServiceLookup(): Map<string, BookableService> {
  const categories = useBookableCategories();
  return new Map((categories.data ?? []).flatMap((category) => category.services.map((service) => [service.id, service] as const)));
}
