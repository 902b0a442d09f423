import type { Example } from '../../components/example';
import { DeviceDataScreen } from './DeviceDataScreen';

export const examples: Example[] = [
  {
    name: 'a device with nothing stored, in a browser that cannot say whether it keeps data',
    render: () => <DeviceDataScreen />,
  },
];
