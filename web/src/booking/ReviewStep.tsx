import { Suspense, useCallback, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { schedulingClient, type BookingConfirmation, type ClinicProfile } from '../api';
import { problemOf, type Problem } from '../api/problems';
import { FormAlert } from '../forms/FormMessages';
import { useTranslation } from '../i18n';
import { formatInstant, formatMoney, formatTime, zoneCity } from '../lib/format';
import { heldGroups, type FlowState, type SecuredPayment } from './flowState';
import { CardStep } from './laterSteps';
import { newIdempotencyKey } from './holds';
import { useCancellationPolicy } from './queries';
import { useServiceLookup } from './ServicesStep';

interface Props {
  clinic: ClinicProfile;
  flow: FlowState;
  update: (change: Partial<FlowState> | ((flow: FlowState) => Partial<FlowState>)) => void;
  onBack: () => void;
  onConfirmed: (confirmation: BookingConfirmation) => void;
  /** The holds are gone (expired or taken): choose the time again. */
  onHoldsLost: () => void;
  onPhoneNotVerified: () => void;
  onDetailsInvalid: (problem: Problem) => void;
}

export function ReviewStep({ clinic, flow, update, onBack, onConfirmed, onHoldsLost, onPhoneNotVerified, onDetailsInvalid }: Props) {
  const { t, i18n } = useTranslation('payment');
  const queryClient = useQueryClient();
  // Confirm waits for the card step: while it is being asked whether a card is needed the button is busy; once a
  // card is needed, confirming first says so; secured (or no card needed) lets the booking through.
  const [card, setCard] = useState<'checking' | 'required' | 'ready'>('checking');
  const onCardReady = useCallback(
    (payment: SecuredPayment | null) => {
      update({ payment });
      setCard('ready');
    },
    [update],
  );
  const onCardRequired = useCallback(() => setCard('required'), []);
  const locale = i18n.resolvedLanguage ?? 'es';
  const services = useServiceLookup();
  const policy = useCancellationPolicy();
  const [busy, setBusy] = useState(false);
  const [alert, setAlert] = useState<string>();
  const [notesError, setNotesError] = useState<string>();
  const submitting = useRef(false);
  const groups = heldGroups(flow);
  const location = clinic.locations.find((candidate) => candidate.id === flow.locationId) ?? clinic.locations[0];
  const total = groups.flatMap((group) => group.serviceIds).reduce((sum, id) => sum + (services.get(id)?.price.amountMinor ?? 0), 0);

  const confirm = async () => {
    // A ref, not state: a double click lands before React re-renders the disabled button.
    if (submitting.current || !flow.details) return;
    if (card !== 'ready') {
      if (card === 'required') setAlert(t('pay.step.confirmFirst'));
      return;
    }
    submitting.current = true;
    setBusy(true);
    setAlert(undefined);
    setNotesError(undefined);
    const key = flow.idempotencyKey ?? newIdempotencyKey();
    update({ idempotencyKey: key });
    try {
      const confirmation = await schedulingClient.confirmBooking(
        {
          holds: groups.map((group) => ({ holdId: group.hold.holdId, holdToken: group.hold.holdToken })),
          patient: { ...flow.details },
          phoneVerificationToken: flow.phoneVerification?.phone === flow.details.phone ? flow.phoneVerification.token : null,
          notes: flow.notes.trim() === '' ? null : flow.notes.trim(),
        },
        key,
      );
      onConfirmed(confirmation);
    } catch (error) {
      const problem = problemOf(error);
      if (problem.status >= 400 && problem.status < 500) update({ idempotencyKey: null });
      if (problem.status === 409 || problem.status === 404) onHoldsLost();
      else if (problem.status === 422 && (problem as { reason?: string }).reason === 'card_required') {
        // The card step lapsed on the server (or never finished): open it again.
        setCard('checking');
        setAlert(t('pay.step.confirmFirst'));
        await queryClient.invalidateQueries({ queryKey: ['booking-payment'] });
      } else if (problem.status === 422) onPhoneNotVerified();
      else if (problem.status === 400 && problem.errors?.notes?.length) setNotesError(t('booking.review.notesTooLong'));
      else if (problem.status === 400) onDetailsInvalid(withoutPatientPrefix(problem));
      else setAlert(t(problem.status === 429 ? 'errors.tooManyRequests' : 'booking.review.failed'));
    } finally {
      submitting.current = false;
      setBusy(false);
    }
  };

  const policyText = policy.data ? (locale === 'en' ? policy.data.textEn : policy.data.textEs) : null;

  return (
    <div className="review">
      <FormAlert>{alert}</FormAlert>
      {groups.map((group) => (
        <section key={group.hold.holdId} className="summary" aria-label={t('booking.review.appointment')}>
          <h3>{formatInstant(group.hold.startsAt, group.hold.timeZone, locale)}</h3>
          <p className="summary__zone">
            {t('booking.review.until', { time: formatTime(group.hold.endsAt, group.hold.timeZone, locale) })} ·{' '}
            {t('booking.time.zone', { city: zoneCity(group.hold.timeZone, locale), zone: group.hold.timeZone })}
          </p>
          <dl className="summary__facts">
            <div>
              <dt>{t('booking.review.where')}</dt>
              <dd>
                {location.name}, {location.address}
              </dd>
            </div>
            <div>
              <dt>{t('booking.review.with')}</dt>
              <dd>{group.hold.providerName}</dd>
            </div>
          </dl>
          <ul className="summary__services">
            {group.hold.serviceIds.map((id) => {
              const service = services.get(id);
              return (
                <li key={id}>
                  <span>{service?.name}</span>
                  <span>{service && (service.price.amountMinor === 0 ? t('book.free') : formatMoney(service.price, locale))}</span>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      {groups.length > 0 && (
        <p className="summary__total">{t('booking.cart.total', { amount: formatMoney({ amountMinor: total, currency: clinic.currency }, locale) })}</p>
      )}

      {flow.details && (
        <section className="summary" aria-labelledby="review-patient">
          <h3 id="review-patient">{t('booking.review.patient')}</h3>
          <p>
            {flow.details.firstName} {flow.details.lastName} · {flow.details.email} · {flow.details.phone}
          </p>
        </section>
      )}

      <section aria-labelledby="policy-heading" className="policy">
        <h3 id="policy-heading">{t('booking.review.policy')}</h3>
        {policy.isPending && <p role="status">{t('booking.review.loadingPolicy')}</p>}
        {policyText && <p className="policy__text">{policyText}</p>}
      </section>

      <div className="field">
        <label htmlFor="booking-notes">{t('booking.review.notes')}</label>
        <p id="booking-notes-hint" className="field__hint">
          {t('booking.review.notesHint')}
        </p>
        <textarea
          id="booking-notes"
          rows={3}
          maxLength={1000}
          value={flow.notes}
          aria-invalid={notesError ? true : undefined}
          aria-describedby={notesError ? 'booking-notes-hint booking-notes-error' : 'booking-notes-hint'}
          onChange={(event) => update({ notes: event.target.value })}
        />
        {notesError && (
          <p id="booking-notes-error" className="field__error">
            {notesError}
          </p>
        )}
      </div>

      <Suspense fallback={<p role="status">{t('booking.loading')}</p>}>
        <CardStep flow={flow} update={update} onReady={onCardReady} onRequired={onCardRequired} onHoldsLost={onHoldsLost} />
      </Suspense>

      <p className="form__note">{t('booking.review.agree')}</p>
      <div className="step-actions">
        <button type="button" className="button button--secondary" onClick={onBack} disabled={busy}>
          {t('booking.back')}
        </button>
        <button type="button" className="button" onClick={() => void confirm()} disabled={busy || card === 'checking'} aria-busy={busy || card === 'checking'}>
          {busy ? t('booking.review.confirming') : t('booking.review.confirm')}
        </button>
      </div>
    </div>
  );
}

/** The API names nested fields "patient.email"; the details form knows them as "email". */
function withoutPatientPrefix(problem: Problem): Problem {
  const errors = Object.fromEntries(
    Object.entries(problem.errors ?? {}).map(([field, messages]) => [field.replace(/^patient\./i, '').replace(/^./, (c) => c.toLowerCase()), messages]),
  );
  return { ...problem, errors };
}
