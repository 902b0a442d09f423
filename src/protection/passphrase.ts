// Which passphrases to refuse, and why. Long and uncommon is what makes a passphrase hard to guess
// (NCSC: three random words); anything may be pasted from a password manager.

export const minimumPassphraseLength = 10;

// The most used passwords in breach lists (NCSC's 100,000 most breached, its head), compared without
// case, spaces or trailing digits and punctuation, so "Password123!" counts as "password".
const mostCommon = new Set([
  '123456',
  '123456789',
  'qwerty',
  'password',
  '111111',
  '12345678',
  'abc123',
  '1234567',
  'password1',
  '12345',
  '1234567890',
  '123123',
  '000000',
  'iloveyou',
  '1234',
  '1q2w3e4r5t',
  'qwertyuiop',
  '123',
  'monkey',
  'dragon',
  'letmein',
  'football',
  'baseball',
  'welcome',
  'sunshine',
  'princess',
  'liverpool',
  'chelsea',
  'arsenal',
  'manchester',
  'starwars',
  'superman',
  'batman',
  'trustno1',
  'whatever',
  'shadow',
  'master',
  'qwerty123',
  'passw0rd',
  'changeme',
  'admin',
  'login',
  'hello',
  'freedom',
  'ashley',
  'charlie',
  'michael',
  'jessica',
  'mustang',
  'jordan',
  'hunter',
  'soccer',
  'harley',
  'ranger',
  'tigger',
  'buster',
  'thomas',
  'robert',
  'daniel',
  'andrew',
  'matthew',
  'summer',
  'winter',
  'spring',
  'autumn',
  'london',
  'england',
  'qazwsx',
  'zxcvbnm',
  'asdfghjkl',
  'qwertyuiopasdfghjkl',
  'iloveyou1',
  'lovely',
  'secret',
  'correcthorsebatterystaple',
  'passwordpassword',
  'letmeinplease',
  'safeguarding',
  'socialworker',
  'socialwork',
  'nhs',
  'council',
  'abcdefghij',
  'abcdefg',
  'blink182',
  'computer',
  'internet',
]);

const core = (passphrase: string) =>
  passphrase
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/[\d\W_]+$/u, '');

/** Why a passphrase is refused, in the words the setup screen shows; undefined when it will do. */
export function passphraseProblem(passphrase: string): string | undefined {
  if (!passphrase) return 'Enter a passphrase';
  if ([...passphrase].length < minimumPassphraseLength)
    return `Your passphrase is too short: it must be at least ${minimumPassphraseLength} characters, so it cannot be guessed quickly`;
  const bare = core(passphrase);
  if (
    mostCommon.has(bare) ||
    /^(.)\1*$/u.test(bare) ||
    /^(0123456789|1234567890|9876543210)+$/.test(passphrase.replace(/\s+/g, ''))
  )
    return 'Your passphrase is one of the most commonly used, so it would be guessed quickly. Choose another, for example three random words';
  return undefined;
}
