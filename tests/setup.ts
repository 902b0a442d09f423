// Every test gets a fresh in-memory IndexedDB, as a device would on first use, and an unlocked app
// (tests that load fresh modules unlock again with tests/support/unlock.ts).
import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { unlockStorage } from './support/unlock';

beforeEach(unlockStorage);
