import { useId, useState } from 'react';
import * as z from 'zod/mini';
import { problemOf } from '../../api/problems';
import { applyFieldErrors, useFieldErrors } from '../../forms/errors';
import { FormAlert, SubmitButton } from '../../forms/FormMessages';
import { email, newPassword, requiredText } from '../../forms/rules';
import { TextField } from '../../forms/TextField';
import { useZodForm } from '../../forms/useZodForm';
import { useTranslation } from '../../i18n';
import { staffRoles, useCreateStaffMember } from './queries';
import { RoleChoices, useRoleNames } from './RoleChoices';

const addSchema = z.object({
  fullName: requiredText(200),
  email,
  password: newPassword,
  roles: z.array(z.enum(staffRoles)).check(z.minLength(1, 'adminTeam.staff.errors.roles')),
});
type AddValues = z.infer<typeof addSchema>;
const blank: AddValues = { fullName: '', email: '', password: '', roles: [] };

export function AddStaffForm({ onAdded }: { onAdded: (message: string) => void }) {
  const { t } = useTranslation('staff');
  const roleNames = useRoleNames();
  const headingId = useId();
  const create = useCreateStaffMember();
  const [alert, setAlert] = useState<string>();
  const { register, handleSubmit, setError, reset, formState } = useZodForm(addSchema, { defaultValues: blank });
  const fieldError = useFieldErrors(formState.errors);

  const onSubmit = async (values: AddValues) => {
    setAlert(undefined);
    try {
      const member = await create.mutateAsync({ ...values, fullName: values.fullName.trim(), email: values.email.trim() });
      reset(blank);
      onAdded(t('adminTeam.staff.added', { name: member.fullName, roles: roleNames(member.roles) }));
    } catch (error) {
      const problem = problemOf(error);
      if (problem.status === 409) {
        setError('email', { type: 'server', message: t('adminTeam.staff.errors.emailTaken') }, { shouldFocus: true });
        return;
      }
      if (problem.status === 400 && applyFieldErrors(problem, ['fullName', 'email', 'password', 'roles'], setError, { roles: t('adminTeam.staff.errors.roles') })) return;
      setAlert(problem.status === 403 ? t('adminTeam.forbidden') : t('errors.unexpected'));
    }
  };

  return (
    <section aria-labelledby={headingId} className="team-subsection">
      <h3 id={headingId}>{t('adminTeam.staff.addHeading')}</h3>
      <p>{t('adminTeam.staff.addIntro')}</p>
      <form className="form team-form" noValidate onSubmit={handleSubmit(onSubmit)}>
        <FormAlert>{alert}</FormAlert>
        <TextField label={t('adminTeam.staff.fullName')} autoComplete="off" registration={register('fullName')} error={fieldError('fullName')} />
        <TextField label={t('adminTeam.staff.email')} type="email" autoComplete="off" registration={register('email')} error={fieldError('email')} />
        <TextField
          label={t('adminTeam.staff.password')}
          hint={t('adminTeam.staff.passwordHint')}
          type="text"
          autoComplete="new-password"
          spellCheck={false}
          registration={register('password')}
          error={fieldError('password')}
        />
        <RoleChoices legend={t('adminTeam.staff.roles')} error={fieldError('roles')} checkbox={(role) => ({ ...register('roles'), value: role })} />
        <SubmitButton busy={formState.isSubmitting} label={t('adminTeam.staff.add')} busyLabel={t('adminTeam.saving')} />
      </form>
    </section>
  );
}
