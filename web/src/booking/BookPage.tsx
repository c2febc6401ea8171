import { useTranslation } from 'react-i18next';
import { useBookableCategories } from '../api/queries';
import { PageTitle } from '../layout/PageTitle';
import { ServiceCard } from './ServiceCard';
import { useCart } from './useCart';

export default function BookPage() {
  const { t } = useTranslation();
  const categories = useBookableCategories();
  const cart = useCart();
  // A retry after an error keeps status 'error' while fetching, so derive "loading" from fetch state.
  const loading = categories.isFetching && !categories.data;

  return (
    <>
      <PageTitle title={t('book.heading')} />
      <h1>{t('book.heading')}</h1>
      <p>{t('book.intro')}</p>
      <p role="status" className="cart-count">
        {cart.serviceIds.length > 0 && t('book.cartCount', { count: cart.serviceIds.length })}
      </p>

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
