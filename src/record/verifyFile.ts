// Checking a record file as the worker picks it: the signed JSON export, or a PDF exported by the app,
// whose attached signed record is checked (the PDF's own text is for people and is not what is signed).
import { embeddedRecord, isPdf, NoEmbeddedRecord } from './pdf-attachment.mjs';
import { verifyExport, type VerifyResult } from './verify';

/** The result, and for a PDF the name of the attached record that was checked. */
export type FileVerifyResult = VerifyResult & { attachedRecord?: string };

/** A file that holds no readable record text; the message is a sentence for the worker. */
export class RecordFileProblem extends Error {}

/** FlateDecode with the browser's own decompressor. */
async function inflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const sentence = (clause: string) => `${clause[0].toUpperCase()}${clause.slice(1)}.`;

/** Bytes that must be UTF-8, refused rather than read as something else. */
function utf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new RecordFileProblem('The file could not be read from this device as text (UTF-8).');
  }
}

/**
 * The signed record's text in a file: the file itself, or for a PDF the record attached to it (with its
 * name). Throws RecordFileProblem when there is none to read.
 */
export async function recordTextOf(bytes: Uint8Array): Promise<{ text: string; attachedRecord?: string }> {
  if (!isPdf(bytes)) return { text: utf8(bytes) };
  let attached: { name: string; bytes: Uint8Array };
  try {
    attached = await embeddedRecord(bytes, inflate);
  } catch (error) {
    const reason =
      error instanceof NoEmbeddedRecord
        ? error.message
        : `the PDF could not be read (${error instanceof Error ? error.message : String(error)})`;
    throw new RecordFileProblem(sentence(reason));
  }
  return { text: utf8(attached.bytes), attachedRecord: attached.name };
}

/** Like verifyExport, for the bytes of a file; never throws. */
export async function verifyExportFile(
  bytes: Uint8Array,
  options: Parameters<typeof verifyExport>[1] = {},
): Promise<FileVerifyResult> {
  let read: { text: string; attachedRecord?: string };
  try {
    read = await recordTextOf(bytes);
  } catch (error) {
    if (error instanceof RecordFileProblem) return { status: 'unreadable', reason: error.message };
    throw error;
  }
  const result = await verifyExport(read.text, options);
  return read.attachedRecord ? { ...result, attachedRecord: read.attachedRecord } : result;
}
