import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../../i18n';
import { addDays, addMonths, dateOnly, isoDate } from '../../lib/dates';
import { formatLongDate, formatMonth, formatWeekdays } from '../../lib/format';

interface Props {
  /** yyyy-MM */
  month: string;
  /** yyyy-MM-dd dates with at least one free time. */
  availableDates: ReadonlySet<string>;
  selected: string | null;
  onSelect: (date: string) => void;
  onMonthChange: (month: string) => void;
  /** The earliest month the patient may go back to (the current month at the location). */
  minMonth: string;
  /** True while the month's dates load: every day is disabled until then. */
  loading?: boolean;
}

function weeksOf(month: string): (string | null)[][] {
  const first = dateOnly(`${month}-01`);
  const leading = (first.getUTCDay() + 6) % 7; // weeks start on Monday
  const days: (string | null)[] = Array.from({ length: leading }, () => null);
  for (let day = first; isoDate(day).startsWith(month); day = dateOnly(addDays(isoDate(day), 1))) days.push(isoDate(day));
  while (days.length % 7 !== 0) days.push(null);
  return Array.from({ length: days.length / 7 }, (_, week) => days.slice(week * 7, week * 7 + 7));
}

/**
 * A month as an ARIA grid: one tab stop, arrows move by day and week (crossing into the next or
 * previous month), Home/End to the week's ends, PageUp/PageDown by month. Days without free times
 * stay focusable but are marked disabled, so keyboard users can move across them.
 */
export function MonthCalendar({ month, availableDates, selected, onSelect, onMonthChange, minMonth, loading = false }: Props) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'es';
  const weeks = weeksOf(month);
  const [focused, setFocused] = useState<string>(() => (selected?.startsWith(month) ? selected : `${month}-01`));
  const [moveFocus, setMoveFocus] = useState(false);
  const grid = useRef<HTMLTableElement>(null);
  const active = focused.startsWith(month) ? focused : `${month}-01`;

  useEffect(() => {
    if (!moveFocus) return;
    grid.current?.querySelector<HTMLButtonElement>(`[data-date="${active}"]`)?.focus();
    setMoveFocus(false);
  }, [active, moveFocus]);

  const weekdayNames = formatWeekdays(locale);

  const moveTo = (date: string) => {
    const target = date.slice(0, 7);
    if (target < minMonth) return;
    setFocused(date);
    setMoveFocus(true);
    if (target !== month) onMonthChange(target);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, date: string) => {
    const weekday = (dateOnly(date).getUTCDay() + 6) % 7;
    const byKey: Record<string, () => string> = {
      ArrowLeft: () => addDays(date, -1),
      ArrowRight: () => addDays(date, 1),
      ArrowUp: () => addDays(date, -7),
      ArrowDown: () => addDays(date, 7),
      Home: () => addDays(date, -weekday),
      End: () => addDays(date, 6 - weekday),
      PageUp: () => sameDayIn(addMonths(month, -1), date),
      PageDown: () => sameDayIn(addMonths(month, 1), date),
    };
    const next = byKey[event.key];
    if (!next) return;
    event.preventDefault();
    moveTo(next());
  };

  const heading = formatMonth(month, locale);
  const headingId = `calendar-${month}`;

  return (
    <div className="calendar">
      <div className="calendar__header">
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => onMonthChange(addMonths(month, -1))}
          disabled={month <= minMonth}
          aria-label={t('booking.time.previousMonth')}
        >
          ‹
        </button>
        <h3 id={headingId} className="calendar__title" aria-live="polite">
          {heading}
        </h3>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => onMonthChange(addMonths(month, 1))}
          aria-label={t('booking.time.nextMonth')}
        >
          ›
        </button>
      </div>
      <table ref={grid} role="grid" aria-labelledby={headingId} aria-busy={loading} className="calendar__grid">
        <thead>
          <tr>
            {weekdayNames.map((name) => (
              <th key={name.long} scope="col" abbr={name.long}>
                {name.short}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, index) => (
            <tr key={index}>
              {week.map((date, day) =>
                date === null ? (
                  <td key={day} role="gridcell" />
                ) : (
                  <td key={date} role="gridcell" aria-selected={date === selected}>
                    <button
                      type="button"
                      data-date={date}
                      className="calendar__day"
                      tabIndex={date === active ? 0 : -1}
                      aria-disabled={loading || !availableDates.has(date)}
                      aria-label={
                        availableDates.has(date) ? formatLongDate(date, locale) : t('booking.time.dayUnavailable', { date: formatLongDate(date, locale) })
                      }
                      onFocus={() => setFocused(date)}
                      onKeyDown={(event) => onKeyDown(event, date)}
                      onClick={() => {
                        if (!loading && availableDates.has(date)) onSelect(date);
                      }}
                    >
                      {Number(date.slice(8))}
                    </button>
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The same day number in another month, or that month's last day when it is shorter. */
function sameDayIn(month: string, date: string): string {
  const lastDay = addDays(`${addMonths(month, 1)}-01`, -1);
  const day = `${month}-${date.slice(8)}`;
  return day > lastDay ? lastDay : day;
}
