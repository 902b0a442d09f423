// A register of trusted devices: the file an organisation keeps of its workers' device fingerprints, one
// device a line, "FINGERPRINT then whitespace then the holder's name, role and agency", with "#" starting
// a comment. The command-line verifier reads the same file (`--trusted FILE`).

export interface TrustedDevice {
  fingerprint: string;
  holder: string;
  /** The line of the register it is on, from 1. */
  line: number;
}

export type Register = ReadonlyMap<string, TrustedDevice>;

/** A register that cannot be used as it is; the message names the line. */
export class RegisterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RegisterError';
  }
}

/** A fingerprint: base64url, no padding, of a SHA-256 hash (43 characters). */
const fingerprintPattern = /^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$/;

/** Reads a register file; throws RegisterError naming the first line that is not a device. */
export function parseRegister(text: string): Register {
  const devices = new Map<string, TrustedDevice>();
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/)
    .forEach((raw, index) => {
      const line = index + 1;
      const content = raw.replace(/#.*$/, '').trim();
      if (content === '') return;
      const [fingerprint] = content.split(/\s/, 1);
      const holder = content.slice(fingerprint.length).trim();
      if (!fingerprintPattern.test(fingerprint))
        throw new RegisterError(
          `Line ${line} of the register does not start with a device fingerprint (43 characters of base64url).`,
        );
      if (holder === '')
        throw new RegisterError(`Line ${line} of the register gives no holder after the fingerprint.`);
      const known = devices.get(fingerprint);
      if (known && known.holder !== holder)
        throw new RegisterError(
          `Line ${line} of the register lists a fingerprint already given to another holder on line ${known.line}.`,
        );
      if (!known) devices.set(fingerprint, { fingerprint, holder, line });
    });
  if (devices.size === 0) throw new RegisterError('The register lists no devices.');
  return devices;
}

/** A register line for a device, as parseRegister reads it. */
export const registerLine = (fingerprint: string, holder: string): string =>
  `${fingerprint}  ${holder.replace(/[\r\n#]+/g, ' ').trim()}`;
