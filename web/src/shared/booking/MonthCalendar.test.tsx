import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../../i18n';
import { MonthCalendar } from './MonthCalendar';

function Harness({ onSelect }: { onSelect: (date: string) => void }) {
  const [month, setMonth] = useState('2026-03');
  return (
    <MonthCalendar
      month={month}
      minMonth="2026-03"
      availableDates={new Set(['2026-03-10', '2026-03-11', '2026-04-02'])}
      selected={null}
      onSelect={onSelect}
      onMonthChange={setMonth}
    />
  );
}

const day = (date: string) => document.querySelector<HTMLButtonElement>(`[data-date="${date}"]`)!;

beforeEach(async () => {
  await changeLanguage('es');
});

describe('MonthCalendar', () => {
  it('starts the weeks on Monday and marks days without free times as unavailable', () => {
    render(<Harness onSelect={vi.fn()} />);

    expect(screen.getByRole('grid', { name: 'marzo de 2026' })).toBeTruthy();
    expect(screen.getAllByRole('columnheader')[0].getAttribute('abbr')).toBe('lunes');
    // 1 March 2026 is a Sunday: six empty cells before it.
    expect(screen.getAllByRole('gridcell').slice(0, 7).map((cell) => cell.textContent)).toEqual(['', '', '', '', '', '', '1']);
    expect(day('2026-03-10').getAttribute('aria-disabled')).toBe('false');
    expect(day('2026-03-12').getAttribute('aria-disabled')).toBe('true');
    expect(day('2026-03-12').getAttribute('aria-label')).toBe('jueves, 12 de marzo de 2026, sin horas libres');
  });

  it('selects only days with free times', async () => {
    const onSelect = vi.fn();
    render(<Harness onSelect={onSelect} />);

    await userEvent.click(day('2026-03-12'));
    expect(onSelect).not.toHaveBeenCalled();

    await userEvent.click(day('2026-03-10'));
    expect(onSelect).toHaveBeenCalledWith('2026-03-10');
  });

  it('has one tab stop and moves by day, week and month with the keyboard', async () => {
    const onSelect = vi.fn();
    render(<Harness onSelect={onSelect} />);

    await userEvent.tab(); // the previous-month button is disabled in the first month
    await userEvent.tab();
    expect(document.activeElement).toBe(day('2026-03-01'));
    expect(document.querySelectorAll('.calendar__day[tabindex="0"]')).toHaveLength(1);

    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowRight}');
    expect(document.activeElement).toBe(day('2026-03-16'));
    await userEvent.keyboard('{ArrowUp}{ArrowRight}');
    expect(document.activeElement).toBe(day('2026-03-10'));
    await userEvent.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith('2026-03-10');

    await userEvent.keyboard('{Home}');
    expect(document.activeElement).toBe(day('2026-03-09'));
    await userEvent.keyboard('{End}');
    expect(document.activeElement).toBe(day('2026-03-15'));

    await userEvent.keyboard('{PageDown}');
    expect(await screen.findByRole('grid', { name: 'abril de 2026' })).toBeTruthy();
    expect(document.activeElement).toBe(day('2026-04-15'));

    // Not before the first bookable month.
    await userEvent.keyboard('{PageUp}{PageUp}');
    expect(screen.getByRole('grid', { name: 'marzo de 2026' })).toBeTruthy();
    expect(document.activeElement).toBe(day('2026-03-15'));
  });
});
