import * as z from 'zod/mini';
import type { ClinicProfile } from '../api';
import { useZodForm } from '../forms/useZodForm';
import { useTranslation } from '../i18n';
import type { FlowState } from './flowState';
import { useProvidersForAll } from './queries';

// Each choice is stored in the flow as it is made (a reload keeps it); Continue stays disabled until both are made.
const schema = z.object({
  locationId: z.string().check(z.minLength(1, 'validation.required')),
  /** A provider's id, or "any" for the first available. */
  providerId: z.string().check(z.minLength(1, 'validation.required')),
});

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

  const { register, handleSubmit } = useZodForm(schema, { values: { locationId: locationId ?? '', providerId: chosen ?? '' } });

  const location = register('locationId', {
    onChange: (event: { target: { value: string } }) =>
      update({ locationId: event.target.value, month: null, date: null, groups: flow.groups.map((other) => ({ ...other, providerId: null })) }),
  });
  const provider = register('providerId', {
    onChange: (event: { target: { value: string } }) => {
      const providerId = event.target.value === 'any' ? null : event.target.value;
      update({ groups: flow.groups.map((other, index) => (index === flow.groupIndex ? { ...other, providerId } : other)) });
    },
  });

  return (
    <form className="form" onSubmit={handleSubmit((values) => update({ locationId: values.locationId, step: 'time' }))}>
      {clinic.locations.length > 1 && (
        <fieldset className="choice-list">
          <legend>{t('booking.provider.location')}</legend>
          {clinic.locations.map((option) => (
            <label key={option.id} className="choice">
              <input type="radio" value={option.id} {...location} />
              <span>
                <strong>{option.name}</strong>
                <span className="choice__detail">{option.address}</span>
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
              <input type="radio" value="any" {...provider} />
              <span>
                <strong>{t('booking.provider.firstAvailable')}</strong>
                <span className="choice__detail">{t('booking.provider.firstAvailableHint')}</span>
              </span>
            </label>
          )}
          {specificAllowed &&
            providers.map((option) => (
              <label key={option.id} className="choice">
                <input type="radio" value={option.id} {...provider} />
                <span>
                  <strong>{option.displayName}</strong>
                  {option.title && <span className="choice__detail">{option.title}</span>}
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
