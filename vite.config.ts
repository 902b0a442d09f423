import preact from '@preact/preset-vite';
import { h, type VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { fileURLToPath } from 'node:url';
import { createServer, defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * Renders the page's frame (header, main, footer: src/app/AppFrame.tsx) into index.html at build time,
 * so it is painted before the first screen's script has loaded; the app hydrates it. index.html is what
 * a new device is first given, so its main holds the opening of the set-up screen (the part that is the
 * same on every device). Once protection is set up on the device, the service worker answers with one of
 * two other pages (src/pwa/sw.ts), so a returning device never shows the set-up screen: locked.html, whose
 * main holds the opening of the locked screen, where the app is sure to start locked (no other window of
 * it is open to hand over the key); and frame.html, with an empty main, where it may start unlocked.
 */
function prerenderFrame(): Plugin {
  const otherPages = new Map<string, string>();
  return {
    name: 'prerender-frame',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const server = await createServer({
          configFile: false,
          plugins: [preact()],
          server: { middlewareMode: true, hmr: false, ws: false },
          appType: 'custom',
          logLevel: 'silent',
        });
        try {
          const { AppFrame } = await server.ssrLoadModule('/src/app/AppFrame.tsx');
          const { documentTitle } = await server.ssrLoadModule('/src/app/useDocumentTitle.ts');
          const { SetUpProtectionOpening, setUpHeading } = await server.ssrLoadModule(
            '/src/screens/protection/SetUpProtectionOpening.tsx',
          );
          const { UnlockOpening, unlockHeading } = await server.ssrLoadModule(
            '/src/screens/protection/UnlockOpening.tsx',
          );
          const emptyApp = '<div id="app"></div>';
          const title = /<title>[^<]*<\/title>/;
          if (!html.includes(emptyApp) || !title.test(html))
            throw new Error('index.html has no empty #app or no title');
          // The page named as its screen names it once the app has started (useDocumentTitle).
          const page = (main: VNode | null, screenTitle: string) =>
            html
              .replace(title, renderToString(h('title', null, documentTitle(screenTitle))))
              .replace(emptyApp, `<div id="app">${renderToString(h(AppFrame, {}, main))}</div>`);
          // Each wrapper is its screen's own (SetUpProtectionScreen, UnlockScreen), so the app hydrates it as it is.
          otherPages.set('frame.html', page(null, ''));
          otherPages.set('locked.html', page(h('div', null, h(UnlockOpening, {})), unlockHeading));
          return page(h('div', null, h(SetUpProtectionOpening, {})), setUpHeading);
        } finally {
          await server.close();
        }
      },
    },
    generateBundle: {
      order: 'post',
      handler() {
        if (otherPages.size === 0) throw new Error('index.html was not rendered');
        for (const [fileName, source] of otherPages) this.emitFile({ type: 'asset', fileName, source });
      },
    },
  };
}

export default defineConfig({
  plugins: [
    preact(),
    prerenderFrame(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/pwa',
      filename: 'sw.ts',
      // The app registers the worker itself (src/pwa/register.ts) so it can ask before updating.
      registerType: 'prompt',
      injectRegister: false,
      injectManifest: {
        // ttf: the font exported PDFs embed, so a PDF can be made offline.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,ttf}'],
      },
      manifest: {
        name: 'Safeguarding Adults Decision Aid',
        short_name: 'Safeguarding Aid',
        description:
          'Step-by-step journeys through local adult-safeguarding guidance, saved on this device and usable offline.',
        lang: 'en-GB',
        start_url: '.',
        scope: '.',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1d70b8',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
    }),
  ],
  resolve: {
    // Parts of the PDF code never used, which do costly work on load: see src/record/pdfUnusedParts.ts.
    alias: [/^brotli\/decompress(\.js)?$/, /^@noble\/ciphers\/aes(\.js)?$/].map((find) => ({
      find,
      replacement: fileURLToPath(new URL('./src/record/pdfUnusedParts.ts', import.meta.url)),
    })),
  },
  build: {
    target: 'es2022',
    // The app must not depend on any other origin, and a strict CSP forbids inline scripts.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    // dist/.vite/manifest.json: the import graph `npm run size` reads each route's chunks from.
    manifest: true,
    // The PDF chunk (PDFKit with its font engine, about 440 kB) is the largest, loaded only once a record is open.
    chunkSizeWarningLimit: 600,
  },
});
