import { useId, useState } from 'react';
import * as z from 'zod/mini';
import type { CreatedWebhookSubscription } from '../../api';
import { problemOf } from '../../api/problems';
import { applyFieldErrors, useFieldErrors } from '../../forms/errors';
import { FormAlert, SubmitButton } from '../../forms/FormMessages';
import { requiredText } from '../../forms/rules';
import { TextField } from '../../forms/TextField';
import { useZodForm } from '../../forms/useZodForm';
import { useTranslation } from '../../i18n';
import { useEventDescription } from './eventNames';
import { useCreateWebhookSubscription, useWebhookEventTypes } from './queries';

const createSchema = z.object({
  name: requiredText(100),
  url: z.string().check(
    z.trim(),
    z.minLength(1, 'validation.required'),
    z.maxLength(2000, 'validation.tooLong'),
    z.refine((value) => /^https?:\/\/[^\s/]+/i.test(value), 'adminIntegrations.errors.url'),
  ),
  eventTypes: z.array(z.string()).check(z.minLength(1, 'adminIntegrations.errors.eventTypes')),
});
type CreateValues = z.infer<typeof createSchema>;
const blank: CreateValues = { name: '', url: '', eventTypes: [] };

/** Subscribe an endpoint: its name, its https:// address and the events it wants (picked from the server's catalog). */
export function CreateWebhookForm({ onCreated }: { onCreated: (created: CreatedWebhookSubscription) => void }) {
  const { t } = useTranslation('staff');
  const headingId = useId();
  const eventsId = useId();
  const eventTypes = useWebhookEventTypes();
  const describe = useEventDescription();
  const create = useCreateWebhookSubscription();
  const [alert, setAlert] = useState<string>();
  const { register, handleSubmit, setError, reset, formState } = useZodForm(createSchema, { defaultValues: blank });
  const fieldError = useFieldErrors(formState.errors);
  const eventsError = fieldError('eventTypes');

  const onSubmit = async (values: CreateValues) => {
    setAlert(undefined);
    try {
      const created = await create.mutateAsync({ name: values.name.trim(), url: values.url.trim(), eventTypes: values.eventTypes });
      reset(blank);
      onCreated(created);
    } catch (error) {
      const problem = problemOf(error);
      if (problem.status === 400 && applyFieldErrors(problem, ['name', 'url', 'eventTypes'], setError)) return;
      setAlert(problem.status === 403 ? t('adminTeam.forbidden') : t('errors.unexpected'));
    }
  };

  return (
    <section aria-labelledby={headingId} className="team-subsection">
      <h3 id={headingId}>{t('adminIntegrations.create.heading')}</h3>
      <form className="form team-form" noValidate onSubmit={handleSubmit(onSubmit)}>
        <FormAlert>{alert}</FormAlert>
        <TextField label={t('adminIntegrations.create.name')} hint={t('adminIntegrations.create.nameHint')} autoComplete="off" registration={register('name')} error={fieldError('name')} />
        <TextField
          label={t('adminIntegrations.create.url')}
          hint={t('adminIntegrations.create.urlHint')}
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          registration={register('url')}
          error={fieldError('url')}
        />
        <fieldset className="team-roles" aria-describedby={eventsError ? `${eventsId}-error` : undefined}>
          <legend>{t('adminIntegrations.create.events')}</legend>
          {eventTypes.isError ? (
            <p className="field__error">{t('adminIntegrations.eventTypesFailed')}</p>
          ) : eventTypes.isPending ? (
            <p role="status">{t('adminIntegrations.loading')}</p>
          ) : (
            eventTypes.data.map((type) => (
              <div key={type.name} className="field field--checkbox">
                <input
                  id={`${eventsId}-${type.name}`}
                  type="checkbox"
                  aria-describedby={`${eventsId}-${type.name}-hint`}
                  aria-invalid={eventsError ? true : undefined}
                  {...register('eventTypes')}
                  value={type.name}
                />
                <label htmlFor={`${eventsId}-${type.name}`}>
                  <code>{type.name}</code>
                </label>
                <p id={`${eventsId}-${type.name}-hint`} className="field__hint team-roles__hint">
                  {describe(type)}
                </p>
              </div>
            ))
          )}
          {eventsError && (
            <p id={`${eventsId}-error`} className="field__error">
              {eventsError}
            </p>
          )}
        </fieldset>
        <SubmitButton busy={formState.isSubmitting} label={t('adminIntegrations.create.submit')} busyLabel={t('adminTeam.saving')} />
      </form>
    </section>
  );
}
