import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { StaffMember } from '../../api';
import { problemOf } from '../../api/problems';
import { FormAlert, SubmitButton } from '../../forms/FormMessages';
import { useTranslation } from '../../i18n';
import { formatStamp } from '../../lib/format';
import { AddStaffForm } from './AddStaffForm';
import { ConfirmStep } from './ConfirmStep';
import { staffRoles, useDeactivateStaffMember, useStaff, useUpdateStaffRoles } from './queries';
import { RoleChoices, useRoleNames } from './RoleChoices';

interface Props {
  myId: string | undefined;
  zone: string;
}

/** Every staff login (closed ones too), what each may do, and a form to add one. */
export function StaffSection({ myId, zone }: Props) {
  const { t } = useTranslation('staff');
  const headingId = useId();
  const staff = useStaff(true);
  const [announcement, setAnnouncement] = useState('');

  return (
    <section aria-labelledby={headingId} className="team-section">
      <h2 id={headingId}>{t('adminTeam.staff.heading')}</h2>
      <p>{t('adminTeam.staff.intro')}</p>
      <p role="status" className="team-announcement">
        {announcement}
      </p>
      {staff.isError ? (
        <FormAlert>
          <p>{t('adminTeam.staff.loadFailed')}</p>
          <button type="button" className="button button--secondary" onClick={() => void staff.refetch()}>
            {t('adminTeam.retry')}
          </button>
        </FormAlert>
      ) : staff.isPending ? (
        <p role="status">{t('adminTeam.staff.loading')}</p>
      ) : staff.data.length === 0 ? (
        <p>{t('adminTeam.staff.empty')}</p>
      ) : (
        <ul className="team-list">
          {staff.data.map((member) => (
            <li key={member.id}>
              <StaffCard member={member} isMe={member.id === myId} zone={zone} onDone={setAnnouncement} />
            </li>
          ))}
        </ul>
      )}
      <AddStaffForm onAdded={setAnnouncement} />
    </section>
  );
}

type Step = 'view' | 'roles' | 'deactivate';

function StaffCard({ member, isMe, zone, onDone }: { member: StaffMember; isMe: boolean; zone: string; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation('staff');
  const roleNames = useRoleNames();
  const headingId = useId();
  const [step, setStep] = useState<Step>('view');
  const [failure, setFailure] = useState<string>();
  const deactivate = useDeactivateStaffMember();
  const rolesButton = useRef<HTMLButtonElement>(null);
  const deactivateButton = useRef<HTMLButtonElement>(null);

  const back = (button: HTMLButtonElement | null) => {
    setStep('view');
    // The button only exists again after this render.
    requestAnimationFrame(() => button?.focus());
  };

  const confirmDeactivate = async () => {
    setFailure(undefined);
    try {
      await deactivate.mutateAsync(member.id);
      setStep('view');
      onDone(t('adminTeam.staff.deactivated', { name: member.fullName }));
    } catch (error) {
      const problem = problemOf(error);
      setFailure(
        problem.status === 422 ? t(isMe ? 'adminTeam.staff.errors.self' : 'adminTeam.staff.errors.lastAdminDeactivate')
          : problem.status === 404 ? t('adminTeam.staff.errors.gone')
          : t('errors.unexpected'),
      );
    }
  };

  return (
    <article className={`team-card${member.isActive ? '' : ' team-card--inactive'}`} aria-labelledby={headingId}>
      <h3 id={headingId}>
        {member.fullName}
        {isMe && <span className="muted"> {t('adminTeam.staff.you')}</span>}
      </h3>
      <dl className="team-card__facts">
        <dt>{t('adminTeam.staff.email')}</dt>
        <dd>{member.email}</dd>
        <dt>{t('adminTeam.staff.roles')}</dt>
        <dd>{member.roles.length ? roleNames(member.roles) : t('adminTeam.staff.noRoles')}</dd>
        <dt>{t('adminTeam.staff.status')}</dt>
        <dd>{member.isActive ? t('adminTeam.staff.active') : t('adminTeam.staff.inactive')}</dd>
        <dt>{t('adminTeam.staff.lastLogin')}</dt>
        <dd>{member.lastLoginAt ? formatStamp(member.lastLoginAt, zone, i18n.language) : t('adminTeam.staff.never')}</dd>
      </dl>
      <FormAlert>{failure}</FormAlert>
      {member.isActive && step === 'view' && (
        <div className="button-row">
          <button ref={rolesButton} type="button" className="button button--secondary" aria-describedby={headingId} onClick={() => { setFailure(undefined); setStep('roles'); }}>
            {t('adminTeam.staff.changeRoles')}
          </button>
          {!isMe && (
            <button ref={deactivateButton} type="button" className="button button--secondary" aria-describedby={headingId} onClick={() => { setFailure(undefined); setStep('deactivate'); }}>
              {t('adminTeam.staff.deactivate')}
            </button>
          )}
        </div>
      )}
      {step === 'roles' && (
        <RolesEditor
          member={member}
          onSaved={(saved) => {
            back(rolesButton.current);
            onDone(t('adminTeam.staff.rolesSaved', { name: saved.fullName, roles: roleNames(saved.roles) }));
          }}
          onCancel={() => back(rolesButton.current)}
        />
      )}
      {step === 'deactivate' && (
        <ConfirmStep
          heading={t('adminTeam.staff.confirmHeading', { name: member.fullName })}
          confirmLabel={t('adminTeam.staff.confirmDeactivate')}
          busyLabel={t('adminTeam.staff.deactivating')}
          cancelLabel={t('adminTeam.cancel')}
          busy={deactivate.isPending}
          onConfirm={() => void confirmDeactivate()}
          onCancel={() => back(deactivateButton.current)}
        >
          <p>{t('adminTeam.staff.confirmIntro', { email: member.email })}</p>
        </ConfirmStep>
      )}
    </article>
  );
}

function RolesEditor({ member, onSaved, onCancel }: { member: StaffMember; onSaved: (saved: StaffMember) => void; onCancel: () => void }) {
  const { t } = useTranslation('staff');
  const [roles, setRoles] = useState<string[]>(member.roles);
  const [error, setError] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const update = useUpdateStaffRoles();
  const firstBox = useRef<HTMLInputElement | null>(null);
  useEffect(() => firstBox.current?.focus(), []);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    if (roles.length === 0) {
      setError(t('adminTeam.staff.errors.roles'));
      firstBox.current?.focus();
      return;
    }
    setError(undefined);
    try {
      onSaved(await update.mutateAsync({ id: member.id, roles: staffRoles.filter((role) => roles.includes(role)) }));
    } catch (caught) {
      const problem = problemOf(caught);
      setFailure(
        problem.status === 422 ? t('adminTeam.staff.errors.lastAdmin')
          : problem.status === 400 ? t('adminTeam.staff.errors.roles')
          : problem.status === 404 ? t('adminTeam.staff.errors.gone')
          : t('errors.unexpected'),
      );
    }
  };

  return (
    <form className="form team-form" noValidate onSubmit={(event) => void save(event)}>
      <FormAlert>{failure}</FormAlert>
      <RoleChoices
        legend={t('adminTeam.staff.rolesOf', { name: member.fullName })}
        error={error}
        checkbox={(role) => ({
          checked: roles.includes(role),
          ref: role === staffRoles[0] ? firstBox : undefined,
          onChange: (event) => setRoles((current) => (event.target.checked ? [...current, role] : current.filter((r) => r !== role))),
        })}
      />
      <div className="button-row">
        <SubmitButton busy={update.isPending} label={t('adminTeam.staff.saveRoles')} busyLabel={t('adminTeam.saving')} />
        <button type="button" className="button button--secondary" disabled={update.isPending} onClick={onCancel}>
          {t('adminTeam.cancel')}
        </button>
      </div>
    </form>
  );
}
