import { useId, useState } from 'react';
import * as z from 'zod/mini';
import type { CreatedApiKey } from '../../api';
import { problemOf } from '../../api/problems';
import { applyFieldErrors, useFieldErrors } from '../../forms/errors';
import { FormAlert, SubmitButton } from '../../forms/FormMessages';
import { requiredText } from '../../forms/rules';
import { TextField } from '../../forms/TextField';
import { useZodForm } from '../../forms/useZodForm';
import { useTranslation } from '../../i18n';
import { apiScopes, scopeKeys, useCreateApiKey } from './queries';

const createSchema = z.object({
  name: requiredText(100),
  scopes: z.array(z.enum(apiScopes)).check(z.minLength(1, 'adminTeam.keys.errors.scopes')),
});
type CreateValues = z.infer<typeof createSchema>;
const blank: CreateValues = { name: '', scopes: [] };

export function CreateKeyForm({ onCreated }: { onCreated: (created: CreatedApiKey) => void }) {
  const { t } = useTranslation('staff');
  const headingId = useId();
  const scopesId = useId();
  const create = useCreateApiKey();
  const [alert, setAlert] = useState<string>();
  const { register, handleSubmit, setError, reset, formState } = useZodForm(createSchema, { defaultValues: blank });
  const fieldError = useFieldErrors(formState.errors);
  const scopesError = fieldError('scopes');

  const onSubmit = async (values: CreateValues) => {
    setAlert(undefined);
    try {
      const created = await create.mutateAsync({ name: values.name.trim(), scopes: values.scopes });
      reset(blank);
      onCreated(created);
    } catch (error) {
      const problem = problemOf(error);
      if (problem.status === 400 && applyFieldErrors(problem, ['name', 'scopes'], setError, { scopes: t('adminTeam.keys.errors.scopes') })) return;
      setAlert(problem.status === 403 ? t('adminTeam.forbidden') : t('errors.unexpected'));
    }
  };

  return (
    <section aria-labelledby={headingId} className="team-subsection">
      <h3 id={headingId}>{t('adminTeam.keys.createHeading')}</h3>
      <form className="form team-form" noValidate onSubmit={handleSubmit(onSubmit)}>
        <FormAlert>{alert}</FormAlert>
        <TextField label={t('adminTeam.keys.name')} hint={t('adminTeam.keys.nameHint')} autoComplete="off" registration={register('name')} error={fieldError('name')} />
        <fieldset className="team-roles" aria-describedby={scopesError ? `${scopesId}-error` : undefined}>
          <legend>{t('adminTeam.keys.scopes')}</legend>
          {apiScopes.map((scope) => (
            <div key={scope} className="field field--checkbox">
              <input
                id={`${scopesId}-${scope}`}
                type="checkbox"
                aria-describedby={`${scopesId}-${scope}-hint`}
                aria-invalid={scopesError ? true : undefined}
                {...register('scopes')}
                value={scope}
              />
              <label htmlFor={`${scopesId}-${scope}`}>
                {t(`adminTeam.scopes.${scopeKeys[scope]}`)} <code>{scope}</code>
              </label>
              <p id={`${scopesId}-${scope}-hint`} className="field__hint team-roles__hint">
                {t(`adminTeam.scopeHints.${scopeKeys[scope]}`)}
              </p>
            </div>
          ))}
          {scopesError && (
            <p id={`${scopesId}-error`} className="field__error">
              {scopesError}
            </p>
          )}
        </fieldset>
        <SubmitButton busy={formState.isSubmitting} label={t('adminTeam.keys.create')} busyLabel={t('adminTeam.saving')} />
      </form>
    </section>
  );
}
