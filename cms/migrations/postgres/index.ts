import * as migration_20261128_224440_initial from './20261128_224440_initial';
import * as migration_20261128_234856_campaigns from './20261128_234856_campaigns';

export const migrations = [
  {
    up: migration_20261128_224440_initial.up,
    down: migration_20261128_224440_initial.down,
    name: '20261128_224440_initial',
  },
  {
    up: migration_20261128_234856_campaigns.up,
    down: migration_20261128_234856_campaigns.down,
    name: '20261128_234856_campaigns'
  },
];
