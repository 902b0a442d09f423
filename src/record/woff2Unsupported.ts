// Stands in for fontkit's Brotli decoder (`brotli/decompress.js`, see vite.config.ts). fontkit uses it
// only to read WOFF2 fonts, and the decoder unpacks its dictionary as soon as it is loaded: more than a
// third of the time the PDF code takes to load, and about a quarter of its size. Every PDF embeds the
// TrueType fonts in pdfFonts.ts, so no WOFF2 font is ever read.
export default function decompress(): never {
  throw new Error('This app reads TrueType fonts only; a WOFF2 font cannot be read.');
}
