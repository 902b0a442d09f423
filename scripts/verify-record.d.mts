// Types for scripts/verify-record.mjs, so the unit tests can call the command-line verifier directly.
export const EXPORT_FORMAT: string;
export const RECORD_FORMAT: string;
export const READABLE_FORMAT_VERSIONS: number[];
export const MAX_RECORD_BYTES: number;
export const MAX_DEPTH: number;
export const AUDIT_GENESIS: string;
export const TIME_PATTERN: RegExp;
export const P256_ORDER: bigint;
export const PASSKEY_ALGORITHMS: { ES256: number; RS256: number };
export const EXIT: { verified: 0; altered: 1; unreadable: 2; notTrusted: 3 };

export interface CliVersion {
  version: number;
  signer: { name: string; role: string; agency: string };
  signedAt: string;
  fingerprint: string;
  amendmentReason: string | null;
  confirmation: 'passkey' | 'deviceKey';
  passkeyFingerprint: string | null;
  registeredHolder?: string | null;
  passkeyHolder?: string | null;
}

export type CliResult =
  | {
      status: 'verified' | 'notTrusted';
      recordId: string;
      caseReference: string;
      versions: CliVersion[];
      deviceChanges: { version: number; fingerprint: string; firstFingerprint: string; detail: string }[];
      registerChecked: boolean;
      trustProblems: { what: 'deviceChanged' | 'notRegistered'; version: number; detail: string }[];
      timeWarnings: { version: number; detail: string }[];
      clockWarnings: { version: number; detail: string }[];
    }
  | { status: 'altered'; failures: string[] }
  | { status: 'unreadable'; reason: string };

export type CliRegister = Map<string, { holder: string; line: number }>;

export function canonical(value: unknown): string;
export function parseTime(text: unknown): number | null;
export function shown(text: string): string;
export function parseRegister(text: string): CliRegister;
export function verifyRecordText(input: string | Uint8Array, options?: { register?: CliRegister }): CliResult;
export function report(result: CliResult): { exitCode: 0 | 1 | 2 | 3; lines: string[] };
export function main(
  args: string[],
  out?: (line: string) => void,
  err?: (line: string) => void,
): Promise<number>;
