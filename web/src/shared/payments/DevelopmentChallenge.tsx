import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n';

/** The development gateway's stand-in for the bank's 3-D Secure page: the patient approves or refuses. */
export function DevelopmentChallenge({ onAnswer }: { onAnswer: (approve: boolean) => Promise<void> }) {
  const { t } = useTranslation('payment');
  const heading = useRef<HTMLHeadingElement>(null);
  const [busy, setBusy] = useState(false);

  // Keyboard and screen-reader users land on the question the bank asks.
  useEffect(() => heading.current?.focus(), []);

  const answer = async (approve: boolean) => {
    setBusy(true);
    try {
      await onAnswer(approve);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="challenge" aria-labelledby="bank-challenge">
      <h3 id="bank-challenge" ref={heading} tabIndex={-1}>
        {t('pay.challenge.heading')}
      </h3>
      <p>{t('pay.challenge.body')}</p>
      <div className="step-actions">
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => void answer(false)}>
          {t('pay.challenge.refuse')}
        </button>
        <button type="button" className="button" disabled={busy} aria-busy={busy} onClick={() => void answer(true)}>
          {t('pay.challenge.approve')}
        </button>
      </div>
    </section>
  );
}
