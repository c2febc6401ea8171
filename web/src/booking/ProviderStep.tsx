import type { ClinicProfile } from '../api';
import { useTranslation } from '../i18n';
import type { FlowState } from './flowState';
import { useProvidersForAll } from './queries';

interface Props {
  clinic: ClinicProfile;
  flow: FlowState;
  update: (change: Partial<FlowState>) => void;
  onBack: () => void;
}

export function ProviderStep({ clinic, flow, update, onBack }: Props) {
  const { t } = useTranslation();
  const group = flow.groups[flow.groupIndex];
  const mode = clinic.booking.providerChoice;
  const locationId = flow.locationId ?? (clinic.locations.length === 1 ? clinic.locations[0].id : null);
  const { providers, loading, isError } = useProvidersForAll(group.serviceIds, locationId);
  const firstAvailableAllowed = mode !== 'SpecificOnly';
  const specificAllowed = mode !== 'FirstAvailableOnly';
  const chosen = group.providerId ?? (firstAvailableAllowed ? 'any' : null);
  const canContinue = locationId !== null && chosen !== null && !loading;

  const choose = (providerId: string | null) =>
    update({ groups: flow.groups.map((other, index) => (index === flow.groupIndex ? { ...other, providerId } : other)) });

  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        if (canContinue) update({ locationId, step: 'time' });
      }}
    >
      {clinic.locations.length > 1 && (
        <fieldset className="choice-list">
          <legend>{t('booking.provider.location')}</legend>
          {clinic.locations.map((location) => (
            <label key={location.id} className="choice">
              <input
                type="radio"
                name="location"
                value={location.id}
                checked={locationId === location.id}
                onChange={() =>
                  update({ locationId: location.id, month: null, date: null, groups: flow.groups.map((other) => ({ ...other, providerId: null })) })
                }
              />
              <span>
                <strong>{location.name}</strong>
                <span className="choice__detail">{location.address}</span>
              </span>
            </label>
          ))}
        </fieldset>
      )}

      {locationId !== null && (
        <fieldset className="choice-list" aria-busy={loading}>
          <legend>{t('booking.provider.who')}</legend>
          {loading && <p role="status">{t('booking.provider.loading')}</p>}
          {isError && (
            <p role="alert" className="notice notice--error">
              {t('booking.loadFailed')}
            </p>
          )}
          {firstAvailableAllowed && (
            <label className="choice">
              <input type="radio" name="provider" value="any" checked={chosen === 'any'} onChange={() => choose(null)} />
              <span>
                <strong>{t('booking.provider.firstAvailable')}</strong>
                <span className="choice__detail">{t('booking.provider.firstAvailableHint')}</span>
              </span>
            </label>
          )}
          {specificAllowed &&
            providers.map((provider) => (
              <label key={provider.id} className="choice">
                <input type="radio" name="provider" value={provider.id} checked={chosen === provider.id} onChange={() => choose(provider.id)} />
                <span>
                  <strong>{provider.displayName}</strong>
                  {provider.title && <span className="choice__detail">{provider.title}</span>}
                </span>
              </label>
            ))}
          {!loading && !isError && specificAllowed && providers.length === 0 && group.serviceIds.length > 1 && (
            <p className="choice__detail">{t('booking.provider.noneForAll')}</p>
          )}
        </fieldset>
      )}

      <div className="step-actions">
        <button type="button" className="button button--secondary" onClick={onBack}>
          {t('booking.back')}
        </button>
        <button type="submit" className="button" disabled={!canContinue}>
          {t('booking.continue')}
        </button>
      </div>
    </form>
  );
}
