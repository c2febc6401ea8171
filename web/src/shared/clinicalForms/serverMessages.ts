import type { Problem } from '../../api/problems';
import type { Translate, PatientKey } from '../../i18n';

const knownConflicts = ['withdrawn', 'completed', 'visitOver', 'alreadySigned'] as const;

/**
 * A refused answer or signature in the reader's language. The server explains in English for integrators; the patient
 * (in the portal or on the clinic's tablet) reads the same by field and by the conflict's reason.
 */
export function answerFieldErrors(problem: Problem, t: Translate<PatientKey>): Record<string, string> {
  return Object.fromEntries(Object.keys(problem.errors ?? {}).map((field) => [field.replace(/^answers\./, ''), fieldMessage(field, t)]));
}

function fieldMessage(field: string, t: Translate<PatientKey>): string {
  if (field === 'signatureImage' || field === 'signatureMethod') return t('clinicalForms.signature.imageRejected');
  if (field === 'signerName') return t('clinicalForms.signature.nameError');
  return t('clinicalForms.renderer.errors.notAccepted');
}

/** A 409's reason (ProblemDetails extension "reason") as a sentence. */
export function conflictMessage(reason: string | undefined, t: Translate<PatientKey>): string {
  if (reason === 'outdatedVersion') return t('clinicalForms.portal.outdated');
  const known = knownConflicts.find((r) => r === reason);
  return known ? t(`clinicalForms.portal.conflicts.${known}`) : t('clinicalForms.portal.conflict');
}
