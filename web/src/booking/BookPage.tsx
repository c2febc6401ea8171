import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useEffect, useRef, useState } from 'react';
import { useCurrentUser } from '../account/session';
import type { Problem } from '../api/problems';
import { useClinicProfile } from '../api/queries';
import { useTranslation } from '../i18n';
import { PageTitle } from '../layout/PageTitle';
import { HoldCountdown } from '../shared/booking/HoldCountdown';
import { countedSteps, firstExpiry, useBookingFlow, type FlowState } from './flowState';
import { releaseHolds } from './holds';
import { ConfirmationView, DetailsStep, preloadLaterSteps, ProviderStep, ReviewStep, TimeStep } from './laterSteps';
import { cancellationPolicyQuery } from './queries';
import { ServicesStep } from './ServicesStep';
import { useCart } from './useCart';

/** Every hold dropped and the patient back at the first appointment's time. */
const withoutHolds = (flow: FlowState): Partial<FlowState> => ({
  groups: flow.groups.map((group) => ({ ...group, hold: null })),
  groupIndex: 0,
  step: 'time',
  idempotencyKey: null,
});

export default function BookPage() {
  const { t } = useTranslation();
  const cart = useCart();
  const { flow, update, reset } = useBookingFlow();
  const clinic = useClinicProfile();
  const user = useCurrentUser();
  const [notice, setNotice] = useState<string>();
  const [detailsProblem, setDetailsProblem] = useState<Problem | null>(null);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  const queryClient = useQueryClient();
  const pastServices = flow.step !== 'services' || cart.serviceIds.length > 0;
  const nearReview = flow.step === 'details' || flow.step === 'review';

  useEffect(() => {
    if (pastServices) preloadLaterSteps();
  }, [pastServices]);

  // The review shows the cancellation policy: fetch it while the patient types their details.
  useEffect(() => {
    if (nearReview) void queryClient.prefetchQuery(cancellationPolicyQuery);
  }, [nearReview, queryClient]);

  // Moving between steps puts keyboard and screen-reader focus on the new step's heading.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    stepHeading.current?.focus();
  }, [flow.step, flow.groupIndex]);

  const expiry = firstExpiry(flow);
  const stepNumber = countedSteps.indexOf(flow.step) + 1;

  const backToServices = () => {
    void releaseHolds(flow.groups);
    update({ step: 'services', groups: [], groupIndex: 0, split: false, date: null, idempotencyKey: null });
  };

  const startBooking = () => {
    const locations = clinic.data?.locations ?? [];
    update({
      step: 'provider',
      groups: [{ serviceIds: cart.serviceIds, providerId: null, hold: null }],
      groupIndex: 0,
      split: false,
      locationId: flow.locationId ?? (locations.length === 1 ? locations[0].id : null),
      confirmation: null,
      payment: null,
    });
    setNotice(undefined);
  };

  if (flow.step === 'done' && flow.confirmation) {
    return (
      <>
        <PageTitle title={t('booking.done.heading')} />
        <h1>{t('booking.done.heading')}</h1>
        <Suspense fallback={<p role="status">{t('booking.loading')}</p>}>
          <ConfirmationView confirmation={flow.confirmation} clinicName={clinic.data?.name ?? ''} payment={flow.payment} />
        </Suspense>
        <p>
          <button type="button" className="button button--secondary" onClick={reset}>
            {t('booking.done.another')}
          </button>
        </p>
      </>
    );
  }

  const stepTitle = t(`booking.steps.${flow.step === 'done' ? 'review' : flow.step}`);

  return (
    <>
      <PageTitle title={`${stepTitle} · ${t('book.heading')}`} />
      <h1>{t('book.heading')}</h1>
      <nav aria-label={t('booking.progressLabel')} className="progress">
        <p className="progress__text">{t('booking.progress', { step: stepNumber, total: countedSteps.length })}</p>
        <ol className="progress__steps">
          {countedSteps.map((step, index) => (
            <li
              key={step}
              aria-current={step === flow.step ? 'step' : undefined}
              className={index < stepNumber - 1 ? 'progress__step progress__step--done' : 'progress__step'}
            >
              {t(`booking.steps.${step as Exclude<typeof step, 'done'>}`)}
            </li>
          ))}
        </ol>
      </nav>
      <h2 ref={stepHeading} tabIndex={-1} className="step-heading">
        {stepTitle}
      </h2>

      {notice && (
        <div role="alert" className="notice notice--error">
          <p>{notice}</p>
        </div>
      )}

      {expiry && flow.step !== 'services' && (
        <HoldCountdown
          expiresAt={expiry}
          onExpire={() => {
            setNotice(t('booking.hold.expired'));
            update(withoutHolds);
          }}
        />
      )}

      {flow.step === 'services' && <ServicesStep cart={cart} onContinue={startBooking} />}

      {clinic.isPending && flow.step !== 'services' && <p role="status">{t('booking.loading')}</p>}

      <Suspense fallback={<p role="status">{t('booking.loading')}</p>}>

      {clinic.data && flow.step === 'provider' && flow.groups.length > 0 && (
        <ProviderStep clinic={clinic.data} flow={flow} update={update} onBack={backToServices} />
      )}

      {clinic.data && flow.step === 'time' && flow.groups.length > 0 && (
        <TimeStep
          clinic={clinic.data}
          flow={flow}
          update={update}
          onBack={() => update({ step: clinic.data.booking.providerChoice === 'FirstAvailableOnly' && clinic.data.locations.length < 2 ? 'services' : 'provider' })}
          onRemoveServices={(ids) => {
            ids.forEach(cart.remove);
            backToServices();
          }}
        />
      )}

      {flow.step === 'details' && (
        <DetailsStep
          flow={flow}
          user={user.data ?? null}
          update={(change) => {
            setDetailsProblem(null);
            update(change);
          }}
          onBack={() => update({ step: 'time', groupIndex: flow.groups.length - 1 })}
          serverProblem={detailsProblem}
        />
      )}

      {clinic.data && flow.step === 'review' && (
        <ReviewStep
          clinic={clinic.data}
          flow={flow}
          update={update}
          onBack={() => update({ step: 'details' })}
          onConfirmed={(confirmation) => {
            cart.clear();
            setNotice(undefined);
            update({ step: 'done', confirmation, groups: [], phoneVerification: null, idempotencyKey: null, notes: '', split: false });
          }}
          onHoldsLost={() => {
            setNotice(t('booking.review.holdsLost'));
            update(withoutHolds);
          }}
          onPhoneNotVerified={() => {
            setNotice(t('booking.review.phoneNotVerified'));
            update({ step: 'details', phoneVerification: null });
          }}
          onDetailsInvalid={(problem) => {
            setDetailsProblem(problem);
            update({ step: 'details' });
          }}
        />
      )}
      </Suspense>
    </>
  );
}
