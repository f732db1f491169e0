import * as migration_20261128_224440_initial from './20261128_224440_initial';

export const migrations = [
  {
    up: migration_20261128_224440_initial.up,
    down: migration_20261128_224440_initial.down,
    name: '20261128_224440_initial'
  },
];
