import type { Example } from '../../components/example';
import { AutoLock } from './AutoLock';

// Shows nothing until a minute before the lock; the warning itself is checked in the browser.
export const examples: Example[] = [{ name: 'unlocked, in use', render: () => <AutoLock minutes={5} /> }];
