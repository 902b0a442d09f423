import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  plugins: [
    preact(),
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
  build: {
    target: 'es2022',
    // The app must not depend on any other origin, and a strict CSP forbids inline scripts.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    // dist/.vite/manifest.json: the import graph `npm run size` reads each route's chunks from.
    manifest: true,
    // The PDF chunk (PDFKit with its font engine, about 530 kB) is the largest, loaded only on "Download as PDF".
    chunkSizeWarningLimit: 600,
  },
});
