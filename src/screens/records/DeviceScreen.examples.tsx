import type { Example } from '../../components/example';
import { DeviceScreen } from './DeviceScreen';

export const examples: Example[] = [{ name: 'reading the device’s keys', render: () => <DeviceScreen /> }];
