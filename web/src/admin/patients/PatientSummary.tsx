import { Link } from 'react-router';
import type { PatientRecord } from '../../api';
import { useTranslation, type Translate } from '../../i18n';
import { formatDate, formatMoment } from '../../lib/format';
import { fullName, portalState } from './patientState';

interface Props {
  record: PatientRecord;
  headingLevel: 2 | 3;
  /** The name leads to the record. */
  link?: boolean;
}

/** A patient at a glance: who, how to reach them, their portal account and where they came from. */
export function PatientSummary({ record, headingLevel, link = false }: Props) {
  const { t, i18n } = useTranslation('staff');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const name = fullName(record);
  const { profile } = record;

  return (
    <>
      <Heading className="patient-card__name">{link ? <Link to={`/admin/patients/${profile.id}`}>{name}</Link> : name}</Heading>
      <dl className="patient-card__facts">
        <div>
          <dt>{t('patients.fields.email')}</dt>
          <dd>{profile.email ?? <span className="muted">{t('patients.noEmail')}</span>}</dd>
        </div>
        <div>
          <dt>{t('patients.fields.phone')}</dt>
          <dd>{profile.phone ?? <span className="muted">{t('patients.noPhone')}</span>}</dd>
        </div>
        {profile.birthDate && (
          <div>
            <dt>{t('patients.fields.birthDate')}</dt>
            <dd>{formatDate(profile.birthDate, i18n.language)}</dd>
          </div>
        )}
        <div>
          <dt>{t('patients.fields.portal')}</dt>
          <dd>{portalText(record, t, i18n.language)}</dd>
        </div>
        <div>
          <dt>{t('patients.fields.source')}</dt>
          <dd>{t(`patients.source.${record.source}`)}</dd>
        </div>
      </dl>
    </>
  );
}


export function portalText(record: PatientRecord, t: Translate, locale: string): string {
  const state = portalState(record);
  if (state === 'loggedIn') return t('patients.portal.loggedIn', { when: formatMoment(record.lastLoginAt!, locale) });
  return t(`patients.portal.${state}`);
}
