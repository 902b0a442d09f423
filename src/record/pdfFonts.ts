// Noto Sans (SIL Open Font License 1.1, licence in the font files' own name tables and in
// @expo-google-fonts/noto-sans/LICENSE_FONT), the font every exported PDF embeds. The files are part of
// the build and precached by the service worker, so a PDF can be made with no signal.
import regularUrl from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import boldUrl from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url';
import type { PdfFonts } from './pdf';

async function fontBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The PDF font could not be loaded (${response.status}).`);
  return new Uint8Array(await response.arrayBuffer());
}

let loaded: Promise<PdfFonts> | undefined;

/** The font, fetched once (the same bytes each time, so the PDF code parses them once too). */
export function loadPdfFonts(): Promise<PdfFonts> {
  loaded ??= Promise.all([fontBytes(regularUrl), fontBytes(boldUrl)]).then(
    ([regular, bold]) => ({ regular, bold }),
    (error: unknown) => {
      // A failed fetch is tried again at the next export.
      loaded = undefined;
      throw error;
    },
  );
  return loaded;
}
