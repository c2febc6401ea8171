import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n';

interface Props {
  expiresAt: string;
  onExpire: () => void;
}

function secondsLeft(expiresAt: string): number {
  return Math.max(0, Math.ceil((new Date(expiresAt).getTime() - Date.now()) / 1000));
}

/**
 * How long the held time stays reserved. The clock itself is not announced every second (that would
 * drown a screen reader); a polite live region speaks once when one minute is left.
 */
export function HoldCountdown({ expiresAt, onExpire }: Props) {
  const { t } = useTranslation();
  const [left, setLeft] = useState(() => secondsLeft(expiresAt));
  const expired = useRef(false);
  const onExpireRef = useRef(onExpire);
  onExpireRef.current = onExpire;

  useEffect(() => {
    expired.current = false;
    const tick = () => {
      const remaining = secondsLeft(expiresAt);
      setLeft(remaining);
      if (remaining === 0 && !expired.current) {
        expired.current = true;
        onExpireRef.current();
      }
    };
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [expiresAt]);

  const minutes = Math.floor(left / 60);
  const seconds = String(left % 60).padStart(2, '0');

  return (
    <div className="hold-countdown">
      <p>
        {t('booking.hold.keeping')}{' '}
        <strong role="timer" aria-label={t('booking.hold.timeLeft', { minutes, seconds })}>
          {minutes}:{seconds}
        </strong>
      </p>
      <p aria-live="polite" className="visually-hidden">
        {left > 0 && left <= 60 ? t('booking.hold.oneMinute') : ''}
      </p>
    </div>
  );
}
