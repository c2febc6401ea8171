import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FormContent } from '../../api';
import { changeLanguage } from '../../i18n';
import { toAnswers, toValues } from './answers';
import { FormRenderer } from './FormRenderer';

const content: FormContent = {
  title: { es: 'Cuestionario de salud', en: 'Health questionnaire' },
  introduction: null,
  items: [
    { id: 'general', type: 'Heading', text: { es: 'Salud general', en: 'General health' }, help: null, required: false, options: null, followUp: null, min: null, max: null },
    {
      id: 'allergies', type: 'YesNo', text: { es: '¿Tienes alguna alergia?', en: 'Any allergies?' }, help: null, required: true, options: null,
      followUp: { askWhen: true, text: { es: '¿A qué?', en: 'To what?' }, required: true }, min: null, max: null,
    },
    {
      id: 'skin', type: 'SingleChoice', text: { es: 'Tipo de piel', en: 'Skin type' }, help: { es: 'Elige la que más se parezca', en: 'Pick the closest' }, required: true,
      options: [{ id: 'dry', text: { es: 'Seca', en: 'Dry' } }, { id: 'oily', text: { es: 'Grasa', en: 'Oily' } }], followUp: null, min: null, max: null,
    },
    { id: 'weight', type: 'Number', text: { es: 'Peso (kg)', en: 'Weight (kg)' }, help: null, required: false, options: null, followUp: null, min: 30, max: 250 },
    { id: 'ack', type: 'Acknowledgement', text: { es: 'Entiendo los riesgos.', en: 'I understand the risks.' }, help: null, required: true, options: null, followUp: null, min: null, max: null },
  ],
};

/** The text of the elements an element's aria-describedby names, as a screen reader reads it after the label. */
function describedBy(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
}

describe('FormRenderer', () => {
  beforeEach(async () => {
    await changeLanguage('es');
  });

  it('shows each problem next to its question and sends nothing until they are fixed', async () => {
    const onSubmit = vi.fn();
    render(<FormRenderer content={content} language="es" submitLabel="Enviar respuestas" onSubmit={onSubmit} />);
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Enviar respuestas' }));

    expect(onSubmit).not.toHaveBeenCalled();
    expect((await screen.findByRole('alert')).textContent).toContain('3 necesitan tu respuesta');
    const allergies = screen.getByRole('group', { name: /¿Tienes alguna alergia\?/ });
    within(allergies).getByText('Responde a esta pregunta.');
    expect(describedBy(screen.getByRole('checkbox', { name: 'Entiendo los riesgos.' }))).toBe('Marca esta casilla para confirmar que lo has leído y entendido.');

    await user.click(within(allergies).getByRole('radio', { name: 'Sí' }));
    const followUp = screen.getByRole('textbox', { name: /¿A qué\?/ });
    await user.type(followUp, 'Penicilina');
    await user.click(screen.getByRole('radio', { name: 'Grasa' }));
    await user.type(screen.getByRole('spinbutton', { name: 'Peso (kg)' }), '12');
    await user.click(screen.getByRole('checkbox', { name: 'Entiendo los riesgos.' }));
    await user.click(screen.getByRole('button', { name: 'Enviar respuestas' }));
    await screen.findByText('Introduce 30 o más.');
    expect(onSubmit).not.toHaveBeenCalled();

    await user.clear(screen.getByRole('spinbutton', { name: 'Peso (kg)' }));
    await user.type(screen.getByRole('spinbutton', { name: 'Peso (kg)' }), '61.5');
    await user.click(screen.getByRole('button', { name: 'Enviar respuestas' }));

    expect(onSubmit).toHaveBeenCalledWith([
      expect.objectContaining({ itemId: 'allergies', yesNo: true, followUp: 'Penicilina' }),
      expect.objectContaining({ itemId: 'skin', choices: ['oily'] }),
      expect.objectContaining({ itemId: 'weight', number: 61.5 }),
      expect.objectContaining({ itemId: 'ack', acknowledged: true }),
    ]);
  });

  it('asks the follow-up only on the answer that needs it, in the language chosen', async () => {
    render(<FormRenderer content={content} language="en" submitLabel="Send" onSubmit={vi.fn()} />);
    const user = userEvent.setup();

    screen.getByRole('heading', { name: 'Health questionnaire' });
    expect(screen.queryByRole('textbox', { name: /To what\?/ })).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'No' }));
    expect(screen.queryByRole('textbox', { name: /To what\?/ })).toBeNull();
    expect(describedBy(screen.getByRole('group', { name: /Skin type/ }))).toBe('Pick the closest');
  });

  it('keeps a draft answer by answer and drops a follow-up no longer asked', () => {
    const values = toValues(content, [
      { itemId: 'allergies', yesNo: false, followUp: 'Penicilina', text: null, choices: null, date: null, number: null, acknowledged: null },
      { itemId: 'skin', choices: ['dry'], text: null, yesNo: null, followUp: null, date: null, number: null, acknowledged: null },
    ]);
    expect(values.allergies.yesNo).toBe('no');
    expect(toAnswers(content, values)).toEqual([
      expect.objectContaining({ itemId: 'allergies', yesNo: false, followUp: null }),
      expect.objectContaining({ itemId: 'skin', choices: ['dry'] }),
    ]);
  });
});
