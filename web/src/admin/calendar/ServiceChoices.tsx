import { useId } from 'react';
import { useController, type Control } from 'react-hook-form';
import type { ServiceResponse } from '../../api';
import { useTranslation } from '../../i18n';
import { formatMinutes } from '../../lib/format';
import type { NewAppointmentValues } from './newAppointmentRules';

interface Props {
  control: Control<NewAppointmentValues>;
  /** The services the chosen provider performs; none until a provider is chosen. */
  services: ServiceResponse[];
  providerChosen: boolean;
  /** Already translated. */
  error?: string;
}

/** The treatments of the appointment, ticked in the order staff pick them. */
export function ServiceChoices({ control, services, providerChosen, error }: Props) {
  const { t, i18n } = useTranslation('staff');
  const id = useId();
  const { field } = useController({ control, name: 'serviceIds' });
  const errorId = `${id}-error`;

  return (
    <fieldset id={id} className="new-appointment__services" aria-describedby={error ? errorId : undefined}>
      <legend>{t('calendar.newForm.services')}</legend>
      {!providerChosen && <p className="field__hint">{t('calendar.newForm.servicesFirstProvider')}</p>}
      {services.map((service, index) => {
        const boxId = `${id}-${service.id}`;
        return (
          <div key={service.id} className="field field--checkbox">
            <input
              id={boxId}
              // The first box takes the focus when no treatment is chosen.
              ref={index === 0 ? field.ref : undefined}
              type="checkbox"
              checked={field.value.includes(service.id)}
              onChange={(event) =>
                field.onChange(event.target.checked ? [...field.value, service.id] : field.value.filter((chosen) => chosen !== service.id))
              }
            />
            <label htmlFor={boxId}>
              {service.name} · {formatMinutes(service.durationMinutes, i18n.language)}
            </label>
          </div>
        );
      })}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
