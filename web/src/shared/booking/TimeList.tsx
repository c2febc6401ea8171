import { useId } from 'react';
import type { AvailableSlot } from '../../api';
import { useTranslation } from '../../i18n';
import { isMorning } from '../../lib/dates';

interface Props {
  slots: AvailableSlot[];
  /** The location's IANA zone, named in each button's accessible name. */
  timeZone: string;
  /** startsAt of the time currently held, shown pressed. */
  selected: string | null;
  /** startsAt of the time being held right now; every button waits until it settles. */
  busy: string | null;
  onChoose: (slot: AvailableSlot) => void;
}

/** A day's free times split into morning and afternoon, each one a button with the location's wall-clock time. */
export function TimeList({ slots, timeZone, selected, busy, onChoose }: Props) {
  const { t } = useTranslation();
  // Unique per list: the portal can show one list per appointment being moved.
  const idPrefix = useId();
  return (
    <>
      {(['morning', 'afternoon'] as const).map((part) => {
        const partSlots = slots.filter((slot) => isMorning(slot.localTime) === (part === 'morning'));
        if (partSlots.length === 0) return null;
        return (
          <div key={part} className="time-group">
            <h4 id={`${idPrefix}-${part}`}>{t(`booking.time.${part}`)}</h4>
            <ul className="time-list" aria-labelledby={`${idPrefix}-${part}`}>
              {partSlots.map((slot) => {
                const label = slot.localTime.slice(0, 5);
                const held = selected === slot.startsAt;
                return (
                  <li key={slot.startsAt}>
                    <button
                      type="button"
                      className={held ? 'time-button time-button--held' : 'time-button'}
                      aria-pressed={held}
                      aria-busy={busy === slot.startsAt}
                      disabled={busy !== null}
                      aria-label={t('booking.time.chooseTime', { time: label, zone: timeZone })}
                      onClick={() => onChoose(slot)}
                    >
                      {label}
                    </button>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </>
  );
}
