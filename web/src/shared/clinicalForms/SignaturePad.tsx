import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from 'react';
import { useTranslation } from '../../i18n';

export interface SignaturePadHandle {
  /** The drawing as a PNG data URL, or null when nothing was drawn. */
  toDataUrl(): string | null;
  clear(): void;
}

type Pad = { isEmpty(): boolean; toDataURL(type?: string): string; clear(): void; off(): void; addEventListener(type: string, listener: () => void): void };

/**
 * A canvas the patient signs on with a finger, pen or mouse. signature_pad is loaded only when this component
 * mounts — on the signing screen — so no other page pays for it. The typed signature is the keyboard alternative.
 */
export const SignaturePad = forwardRef<SignaturePadHandle, { invalid?: boolean; describedBy?: string; onChange?: (drawn: boolean) => void }>(
  function SignaturePad({ invalid, describedBy, onChange }, ref) {
    const { t } = useTranslation();
    const canvas = useRef<HTMLCanvasElement>(null);
    const pad = useRef<Pad | null>(null);
    const [ready, setReady] = useState(false);

    useImperativeHandle(ref, () => ({
      toDataUrl: () => (pad.current && !pad.current.isEmpty() ? pad.current.toDataURL('image/png') : null),
      clear: () => {
        pad.current?.clear();
        onChange?.(false);
      },
    }));

    useEffect(() => {
      let disposed = false;
      void import('signature_pad').then(({ default: SignaturePadLibrary }) => {
        if (disposed || !canvas.current) return;
        const element = canvas.current;
        // Size the drawing surface to the element (and the screen's pixel density) so strokes land under the finger.
        const ratio = Math.max(window.devicePixelRatio || 1, 1);
        element.width = element.offsetWidth * ratio || 480;
        element.height = element.offsetHeight * ratio || 160;
        element.getContext('2d')?.scale(ratio, ratio);
        const instance = new SignaturePadLibrary(element, { penColor: '#14213d', minWidth: 0.8, maxWidth: 2.4 }) as unknown as Pad;
        instance.addEventListener('endStroke', () => onChange?.(!instance.isEmpty()));
        pad.current = instance;
        setReady(true);
      });
      return () => {
        disposed = true;
        pad.current?.off();
      };
    }, [onChange]);

    return (
      <div>
        {!ready && <p role="status">{t('clinicalForms.signature.loadingPad')}</p>}
        <canvas
          ref={canvas}
          className="signature__canvas"
          role="img"
          aria-label={t('clinicalForms.signature.drawLabel')}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          data-testid="signature-canvas"
        />
      </div>
    );
  },
);
