import type { Plugin } from 'vite';

/**
 * Puts the app's own stylesheet (a few kB compressed) inside index.html instead of linking it: a linked stylesheet
 * blocks the first paint until one more request has come back, which on a slow phone connection is the largest
 * part of the wait for the first text. Stylesheets of lazily loaded pages stay files of their own.
 */
export function inlineEntryCss(): Plugin {
  return {
    name: 'clinic:inline-entry-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        return html.replace(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g, (tag, fileName: string) => {
          const asset = context.bundle?.[fileName];
          if (asset?.type !== 'asset') return tag;
          return `<style>${String(asset.source)}</style>`;
        });
      },
    },
  };
}
