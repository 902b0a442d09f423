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
 * same on every device). frame.html has the frame with an empty main: the service worker answers with it
 * once protection is set up on the device (src/pwa/sw.ts), where the app starts locked, so a returning
 * device never shows the set-up screen.
 */
function prerenderFrame(): Plugin {
  let frameOnly: string | undefined;
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
          const { SetUpProtectionOpening } = await server.ssrLoadModule(
            '/src/screens/protection/SetUpProtectionOpening.tsx',
          );
          if (!html.includes('<div id="app"></div>')) throw new Error('index.html has no empty #app');
          const page = (main: VNode | null) =>
            html.replace(
              '<div id="app"></div>',
              `<div id="app">${renderToString(h(AppFrame, {}, main))}</div>`,
            );
          frameOnly = page(null);
          // The wrapper is the set-up screen's own (SetUpProtectionScreen), so the app hydrates it as it is.
          return page(h('div', null, h(SetUpProtectionOpening, {})));
        } finally {
          await server.close();
        }
      },
    },
    generateBundle: {
      order: 'post',
      handler() {
        if (!frameOnly) throw new Error('index.html was not rendered');
        this.emitFile({ type: 'asset', fileName: 'frame.html', source: frameOnly });
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
