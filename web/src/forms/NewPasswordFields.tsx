import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from '../i18n';
import { TextField } from './TextField';

interface Props {
  password: UseFormRegisterReturn;
  confirmation: UseFormRegisterReturn;
  /** Already translated, as useFieldErrors gives them. */
  passwordError?: string;
  confirmationError?: string;
  /** "Contraseña" when the person has none yet (registering); "Contraseña nueva" otherwise. */
  label?: 'password' | 'newPassword';
}

/**
 * A new password and its repetition: labels, the length hint and `autocomplete="new-password"` (so password
 * managers offer to generate and save one). The schema checks them with `newPassword` and `passwordsMatch`.
 */
export function NewPasswordFields({ password, confirmation, passwordError, confirmationError, label = 'newPassword' }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        label={t(label === 'password' ? 'fields.password' : 'fields.newPassword')}
        type="password"
        autoComplete="new-password"
        hint={t('fields.passwordHint')}
        registration={password}
        error={passwordError}
      />
      <TextField label={t('fields.confirmPassword')} type="password" autoComplete="new-password" registration={confirmation} error={confirmationError} />
    </>
  );
}
