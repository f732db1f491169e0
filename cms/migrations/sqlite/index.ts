import * as migration_20261128_224427_initial from './20261128_224427_initial';
import * as migration_20261128_234921_campaigns from './20261128_234921_campaigns';

export const migrations = [
  {
    up: migration_20261128_224427_initial.up,
    down: migration_20261128_224427_initial.down,
    name: '20261128_224427_initial',
  },
  {
    up: migration_20261128_234921_campaigns.up,
    down: migration_20261128_234921_campaigns.down,
    name: '20261128_234921_campaigns'
  },
];
