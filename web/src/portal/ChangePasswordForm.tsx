import { useState } from 'react';
import * as z from 'zod/mini';
import { identityClient } from '../api';
import { problemOf } from '../api/problems';
import { applyFieldErrors, useFieldErrors } from '../forms/errors';
import { FormAlert, FormSuccess, SubmitButton } from '../forms/FormMessages';
import { NewPasswordFields } from '../forms/NewPasswordFields';
import { newPassword, passwordsMatch } from '../forms/rules';
import { TextField } from '../forms/TextField';
import { useZodForm } from '../forms/useZodForm';
import { useTranslation } from '../i18n';

const schema = z
  .object({ currentPassword: z.string().check(z.minLength(1, 'validation.required')), newPassword, confirmPassword: z.string() })
  .check(
    z.refine((form) => form.newPassword !== form.currentPassword, { path: ['newPassword'], message: 'validation.samePassword' }),
    passwordsMatch('newPassword', 'confirmPassword'),
  );
type PasswordValues = z.infer<typeof schema>;

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const [changed, setChanged] = useState(false);
  const [alert, setAlert] = useState<string>();
  const { register, handleSubmit, setError, reset, formState } = useZodForm(schema, {
    defaultValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
  });
  const fieldError = useFieldErrors(formState.errors);

  const onSubmit = async (values: PasswordValues) => {
    setChanged(false);
    setAlert(undefined);
    try {
      await identityClient.changePassword({ currentPassword: values.currentPassword, newPassword: values.newPassword });
      reset();
      setChanged(true);
    } catch (error) {
      const problem = problemOf(error);
      const known = { currentPassword: t('validation.currentPasswordWrong'), newPassword: t('validation.passwordLength') };
      if (problem.status === 400 && applyFieldErrors(problem, ['currentPassword', 'newPassword'], setError, known)) return;
      setAlert(t(problem.status === 429 ? 'errors.tooManyRequests' : 'errors.unexpected'));
    }
  };

  return (
    <section aria-labelledby="password-heading" className="settings-section">
      <h2 id="password-heading">{t('settings.passwordHeading')}</h2>
      <form className="form" noValidate onSubmit={handleSubmit(onSubmit)}>
        <FormAlert>{alert}</FormAlert>
        <FormSuccess>{changed && t('settings.passwordChanged')}</FormSuccess>
        <TextField
          label={t('fields.currentPassword')}
          type="password"
          autoComplete="current-password"
          registration={register('currentPassword')}
          error={fieldError('currentPassword')}
        />
        <NewPasswordFields
          password={register('newPassword')}
          confirmation={register('confirmPassword')}
          passwordError={fieldError('newPassword')}
          confirmationError={fieldError('confirmPassword')}
        />
        <SubmitButton busy={formState.isSubmitting} label={t('settings.changePassword')} busyLabel={t('settings.saving')} />
      </form>
    </section>
  );
}
