import type { Plugin, Rollup } from 'vite';

// Without help the first visit is a waterfall: index.html → the app's scripts → (run) → the patient strings of the
// active language and the API reads every page starts with → (render). A few lines of inline script in index.html
// start those downloads at once, in parallel with the app's scripts: a modulepreload of the strings chunk for the
// language the app will pick, and preloads of the GET requests the first render makes (the clinic profile, who is
// signed in, the account settings, and on /book the bookable services). The app's own requests then find the
// answers already there.

/** The API reads made by every page's first render (Layout, AccountMenu): the URLs the generated client builds. */
export const everyPageReads = ['/api/catalog/clinic', '/api/account/me', '/api/account/settings'];
/** Extra reads by path: /book (and /, which redirects there) lists the services. */
export const readsByPath: Record<string, string[]> = { '/': ['/api/catalog/categories'], '/book': ['/api/catalog/categories'] };

/**
 * Pages that are their own chunk but often the first one opened (emailed links, the portal): their code is
 * preloaded with the app's instead of after it. The build fails if one of these modules is gone.
 */
export const pageModules: Record<string, string> = {
  '/login': 'src/account/LoginPage.tsx',
  '/register': 'src/account/RegisterPage.tsx',
  '/activate': 'src/account/ActivatePage.tsx',
  '/verify-email': 'src/account/VerifyEmailPage.tsx',
  '/reset-password': 'src/account/ResetPasswordPage.tsx',
  '/portal': 'src/portal/PortalPage.tsx',
  '/portal/settings': 'src/portal/PortalSettingsPage.tsx',
};

const stringsModule = /\/src\/i18n\/patient\/([a-z]{2})\.ts$/;

/** A page's chunk and the chunks it imports statically, less those index.html loads anyway. */
function pageChunks(bundle: Rollup.OutputBundle, module: string): string[] {
  const chunks = Object.values(bundle).filter((output): output is Rollup.OutputChunk => output.type === 'chunk');
  const entry = chunks.find((chunk) => chunk.isEntry);
  const page = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(`/${module}`));
  if (!entry || !page) throw new Error(`${module} is not a chunk of its own: update pageModules in build/startupPreloads.ts`);
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const closure = (start: string, into = new Set<string>()) => {
    if (into.has(start)) return into;
    into.add(start);
    byName.get(start)?.imports.forEach((name) => closure(name, into));
    return into;
  };
  const loaded = closure(entry.fileName);
  return [...closure(page.fileName)].filter((name) => !loaded.has(name)).map((name) => `/${name}`);
}

/**
 * The inline script. It picks the language exactly as detectLanguage() in src/i18n does (stored choice, else the
 * browser's), which a test checks.
 */
export function startupScript(stringsByLanguage: Record<string, string>, chunksByPath: Record<string, string[]> = {}): string {
  return `(function(){var d=document,h=d.head,s=${JSON.stringify(stringsByLanguage)},r=${JSON.stringify(readsByPath)},a=${JSON.stringify(everyPageReads)},c=${JSON.stringify(chunksByPath)},l,w;
function p(rel,href,as){var e=d.createElement('link');e.rel=rel;e.href=href;e.crossOrigin='anonymous';if(as)e.setAttribute('as',as);h.appendChild(e)}
try{l=localStorage.getItem('clinic.language')}catch(e){}
if(l!=='es'&&l!=='en')l=((navigator.language||'').toLowerCase().indexOf('es')===0)?'es':'en';
d.documentElement.lang=l;
if(s[l])p('modulepreload',s[l]);
w=location.pathname.replace(/\\/+$/,'')||'/';
(c[w]||[]).forEach(function(u){p('modulepreload',u)});
a.concat(r[w]||[]).forEach(function(u){p('preload',u,'fetch')});
})();`;
}

export function startupPreloads(): Plugin {
  return {
    name: 'clinic:startup-preloads',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const strings: Record<string, string> = {};
        for (const output of Object.values(context.bundle ?? {})) {
          const language = output.type === 'chunk' && output.facadeModuleId ? stringsModule.exec(output.facadeModuleId)?.[1] : undefined;
          if (language) strings[language] = `/${output.fileName}`;
        }
        if (Object.keys(strings).length === 0) throw new Error('No patient strings chunk found: did src/i18n move?');
        const pages = Object.fromEntries(Object.entries(pageModules).map(([path, module]) => [path, pageChunks(context.bundle!, module)]));
        // Before the stylesheet: an inline script after a pending stylesheet would wait for it.
        if (!html.includes('<title>')) throw new Error('index.html has no <title> to put the startup script before');
        return html.replace('<title>', `<script>${startupScript(strings, pages)}</script>\n    <title>`);
      },
    },
  };
}
