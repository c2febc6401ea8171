import { useId, type InputHTMLAttributes } from 'react';
import { useTranslation } from '../../i18n';
import { staffRoles, type StaffRole } from './queries';

interface Props {
  legend: string;
  error?: string;
  /** The props of each role's checkbox: a react-hook-form registration or a controlled value. */
  checkbox: (role: StaffRole) => InputHTMLAttributes<HTMLInputElement>;
}

/** The three staff roles as checkboxes, each with what it lets the person do read along with it. */
export function RoleChoices({ legend, error, checkbox }: Props) {
  const { t } = useTranslation('staff');
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <fieldset className="team-roles" aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      {staffRoles.map((role) => (
        <div key={role} className="field field--checkbox">
          <input id={`${id}-${role}`} type="checkbox" value={role} aria-describedby={`${id}-${role}-hint`} aria-invalid={error ? true : undefined} {...checkbox(role)} />
          <label htmlFor={`${id}-${role}`}>{t(`adminTeam.roles.${role}`)}</label>
          <p id={`${id}-${role}-hint`} className="field__hint team-roles__hint">
            {t(`adminTeam.roleHints.${role}`)}
          </p>
        </div>
      ))}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** "Administrador, Recepción": role names as people read them. */
export function useRoleNames() {
  const { t } = useTranslation('staff');
  return (roles: readonly string[]) =>
    roles.map((role) => (staffRoles.includes(role as StaffRole) ? t(`adminTeam.roles.${role as StaffRole}`) : role)).join(', ');
}
