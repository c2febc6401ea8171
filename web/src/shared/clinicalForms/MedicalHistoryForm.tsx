import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from '../../i18n';
import { z } from 'zod';
import type { FitzpatrickSkinType, MedicalCondition, MedicalHistoryData, PregnancyStatus } from '../../api';

const conditions: MedicalCondition[] = [
  'Diabetes', 'AutoimmuneDisease', 'BleedingDisorder', 'ColdSores', 'Epilepsy', 'HeartDisease',
  'HighBloodPressure', 'KeloidScarring', 'NeuromuscularDisorder', 'Cancer', 'ThyroidDisorder', 'SkinInfection',
];
const pregnancy: PregnancyStatus[] = ['No', 'Pregnant', 'Breastfeeding', 'PlanningPregnancy', 'NotApplicable'];
const skinTypes: FitzpatrickSkinType[] = ['I', 'II', 'III', 'IV', 'V', 'VI'];
const yesNoFields = ['takesBloodThinners', 'isotretinoinLastYear', 'smoker', 'implantsOrPacemaker', 'recentSunExposure'] as const;
const detailFields = ['allergies', 'medications', 'previousAestheticTreatments', 'previousReactions'] as const;

const tri = z.enum(['', 'yes', 'no']);
const schema = z.object({
  allergies: tri, allergiesDetails: z.string().max(2000),
  medications: tri, medicationsDetails: z.string().max(2000),
  previousAestheticTreatments: tri, previousAestheticTreatmentsDetails: z.string().max(2000),
  previousReactions: tri, previousReactionsDetails: z.string().max(2000),
  takesBloodThinners: tri, isotretinoinLastYear: tri, smoker: tri, implantsOrPacemaker: tri, recentSunExposure: tri,
  conditions: z.array(z.string()),
  otherConditions: z.string().max(2000),
  pregnancy: z.string(),
  skinType: z.string(),
  notes: z.string().max(4000),
});
type Values = z.infer<typeof schema>;

const toTri = (value: boolean | null | undefined): '' | 'yes' | 'no' => (value === true ? 'yes' : value === false ? 'no' : '');
const fromTri = (value: string): boolean | null => (value === 'yes' ? true : value === 'no' ? false : null);

function toValues(data: MedicalHistoryData): Values {
  return {
    allergies: toTri(data.allergies.answer), allergiesDetails: data.allergies.details ?? '',
    medications: toTri(data.medications.answer), medicationsDetails: data.medications.details ?? '',
    previousAestheticTreatments: toTri(data.previousAestheticTreatments.answer), previousAestheticTreatmentsDetails: data.previousAestheticTreatments.details ?? '',
    previousReactions: toTri(data.previousReactions.answer), previousReactionsDetails: data.previousReactions.details ?? '',
    takesBloodThinners: toTri(data.takesBloodThinners), isotretinoinLastYear: toTri(data.isotretinoinLastYear), smoker: toTri(data.smoker),
    implantsOrPacemaker: toTri(data.implantsOrPacemaker), recentSunExposure: toTri(data.recentSunExposure),
    conditions: data.conditions ?? [], otherConditions: data.otherConditions ?? '',
    pregnancy: data.pregnancy ?? '', skinType: data.skinType ?? '', notes: data.notes ?? '',
  };
}

function toData(v: Values): MedicalHistoryData {
  const detail = (answer: string, details: string) => ({ answer: fromTri(answer), details: answer === 'yes' && details.trim() ? details.trim() : null });
  return {
    allergies: detail(v.allergies, v.allergiesDetails),
    medications: detail(v.medications, v.medicationsDetails),
    previousAestheticTreatments: detail(v.previousAestheticTreatments, v.previousAestheticTreatmentsDetails),
    previousReactions: detail(v.previousReactions, v.previousReactionsDetails),
    takesBloodThinners: fromTri(v.takesBloodThinners), isotretinoinLastYear: fromTri(v.isotretinoinLastYear), smoker: fromTri(v.smoker),
    implantsOrPacemaker: fromTri(v.implantsOrPacemaker), recentSunExposure: fromTri(v.recentSunExposure),
    conditions: v.conditions as MedicalCondition[], otherConditions: v.otherConditions.trim() || null,
    pregnancy: (v.pregnancy || null) as PregnancyStatus | null, skinType: (v.skinType || null) as FitzpatrickSkinType | null,
    notes: v.notes.trim() || null,
  };
}

/** The structured medical history (PP7), edited by the patient in the portal or by a Provider or Admin. */
export function MedicalHistoryForm({ data, busy, onSave, onCancel }: { data: MedicalHistoryData; busy: boolean; onSave: (data: MedicalHistoryData) => void; onCancel?: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const { register, handleSubmit, watch, formState } = useForm<Values>({ defaultValues: toValues(data), resolver: zodResolver(schema) });
  const field = (name: string) => t(`clinicalForms.medicalHistory.fields.${name}` as 'clinicalForms.medicalHistory.fields.notes');

  const triField = (name: (typeof yesNoFields)[number] | (typeof detailFields)[number]) => (
    <fieldset className="field clinical-form__choices" key={name}>
      <legend>{field(name)}</legend>
      <div className="clinical-form__inline">
        {(['yes', 'no'] as const).map((value) => (
          <div key={value} className="field--checkbox">
            <input id={`${id}-${name}-${value}`} type="radio" value={value} {...register(name)} />
            <label htmlFor={`${id}-${name}-${value}`}>{t(`clinicalForms.medicalHistory.${value}`)}</label>
          </div>
        ))}
      </div>
      {detailFields.includes(name as (typeof detailFields)[number]) && watch(name) === 'yes' && (
        <div className="field clinical-form__follow-up">
          <label htmlFor={`${id}-${name}-details`}>{t('clinicalForms.medicalHistory.details')}</label>
          <textarea id={`${id}-${name}-details`} rows={2} maxLength={2000} {...register(`${name}Details` as 'allergiesDetails')} />
        </div>
      )}
    </fieldset>
  );

  return (
    <form className="clinical-form" noValidate onSubmit={(event) => void handleSubmit((values) => onSave(toData(values)))(event)}>
      {triField('allergies')}
      {triField('medications')}
      {triField('takesBloodThinners')}
      {triField('isotretinoinLastYear')}
      <fieldset className="field clinical-form__choices">
        <legend>{field('conditions')}</legend>
        {conditions.map((condition) => (
          <div key={condition} className="field--checkbox">
            <input id={`${id}-${condition}`} type="checkbox" value={condition} {...register('conditions')} />
            <label htmlFor={`${id}-${condition}`}>{t(`clinicalForms.medicalHistory.conditions.${condition}`)}</label>
          </div>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-other`}>{field('otherConditions')}</label>
        <textarea id={`${id}-other`} rows={2} maxLength={2000} {...register('otherConditions')} />
      </div>
      {triField('previousAestheticTreatments')}
      {triField('previousReactions')}
      <div className="field">
        <label htmlFor={`${id}-pregnancy`}>{field('pregnancy')}</label>
        <select id={`${id}-pregnancy`} {...register('pregnancy')}>
          <option value="">{t('clinicalForms.medicalHistory.unanswered')}</option>
          {pregnancy.map((value) => (
            <option key={value} value={value}>
              {t(`clinicalForms.medicalHistory.pregnancy.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-skin`}>{field('skinType')}</label>
        <select id={`${id}-skin`} {...register('skinType')}>
          <option value="">{t('clinicalForms.medicalHistory.unanswered')}</option>
          {skinTypes.map((value) => (
            <option key={value} value={value}>
              {t(`clinicalForms.medicalHistory.skinTypes.${value}`)}
            </option>
          ))}
        </select>
      </div>
      {triField('smoker')}
      {triField('implantsOrPacemaker')}
      {triField('recentSunExposure')}
      <div className="field">
        <label htmlFor={`${id}-notes`}>{field('notes')}</label>
        <textarea id={`${id}-notes`} rows={3} maxLength={4000} aria-invalid={formState.errors.notes ? true : undefined} {...register('notes')} />
      </div>
      <div className="form-editor__tools">
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('clinicalForms.medicalHistory.saving') : t('clinicalForms.medicalHistory.save')}
        </button>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('clinicalForms.medicalHistory.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
