// Stand-ins for two parts of the PDF code that the app never uses and that do costly work as soon as they
// load; the build puts these in their place (vite.config.ts).
// - fontkit's Brotli decoder (`brotli/decompress.js`), used only to read WOFF2 fonts, unpacks its
//   dictionary on load: more than a third of the time the PDF code took to load, and about a quarter of its
//   size. Every PDF embeds the TrueType fonts in pdfFonts.ts, so no WOFF2 font is ever read.
// - PDFKit's AES (`@noble/ciphers/aes`), used only to encrypt a PDF with a password, builds its tables on
//   load. The app's PDFs are not encrypted: they are archival (PDF/A-3), which forbids it.

const unused = (what: string): never => {
  throw new Error(`${what} is not part of this app.`);
};

export default function decompress(): never {
  return unused('Reading a WOFF2 font');
}
export function cbc(): never {
  return unused('Encrypting a PDF');
}
export function ecb(): never {
  return unused('Encrypting a PDF');
}
