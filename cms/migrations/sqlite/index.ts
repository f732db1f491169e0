import * as migration_20261128_224427_initial from './20261128_224427_initial';
import * as migration_20261128_234921_campaigns from './20261128_234921_campaigns';
import * as migration_20261129_000029_build_status from './20261129_000029_build_status';
import * as migration_20261129_001532_media_library from './20261129_001532_media_library';
import * as migration_20261129_012257_seo from './20261129_012257_seo';
import * as migration_20261129_014305_indicator_reports from './20261129_014305_indicator_reports';
import * as migration_20261129_015040_progress_summaries from './20261129_015040_progress_summaries';
import * as migration_20261129_023025_contests from './20261129_023025_contests';
import * as migration_20261129_023503_contest_scores from './20261129_023503_contest_scores';
import * as migration_20261129_040508_approved_values from './20261129_040508_approved_values';
import * as migration_20261129_100620_plan_owner from './20261129_100620_plan_owner';
import * as migration_20261129_103255_private_files from './20261129_103255_private_files';
import * as migration_20261129_112844_rate_limit_hits from './20261129_112844_rate_limit_hits';
import * as migration_20261129_125615_login_throttle from './20261129_125615_login_throttle';
import * as migration_20261129_151641_upload_sweep from './20261129_151641_upload_sweep';
import * as migration_20261129_163500_email from './20261129_163500_email';
import * as migration_20261129_211950_document_text from './20261129_211950_document_text';
import * as migration_20261130_035120_plan_periods from './20261130_035120_plan_periods';
import * as migration_20261207_160000_suppression_marks from './20261207_160000_suppression_marks';
import * as migration_20261207_161653_courses from './20261207_161653_courses';

export const migrations = [
  {
    up: migration_20261128_224427_initial.up,
    down: migration_20261128_224427_initial.down,
    name: '20261128_224427_initial',
  },
  {
    up: migration_20261128_234921_campaigns.up,
    down: migration_20261128_234921_campaigns.down,
    name: '20261128_234921_campaigns',
  },
  {
    up: migration_20261129_000029_build_status.up,
    down: migration_20261129_000029_build_status.down,
    name: '20261129_000029_build_status',
  },
  {
    up: migration_20261129_001532_media_library.up,
    down: migration_20261129_001532_media_library.down,
    name: '20261129_001532_media_library',
  },
  {
    up: migration_20261129_012257_seo.up,
    down: migration_20261129_012257_seo.down,
    name: '20261129_012257_seo',
  },
  {
    up: migration_20261129_014305_indicator_reports.up,
    down: migration_20261129_014305_indicator_reports.down,
    name: '20261129_014305_indicator_reports',
  },
  {
    up: migration_20261129_015040_progress_summaries.up,
    down: migration_20261129_015040_progress_summaries.down,
    name: '20261129_015040_progress_summaries',
  },
  {
    up: migration_20261129_023025_contests.up,
    down: migration_20261129_023025_contests.down,
    name: '20261129_023025_contests',
  },
  {
    up: migration_20261129_023503_contest_scores.up,
    down: migration_20261129_023503_contest_scores.down,
    name: '20261129_023503_contest_scores',
  },
  {
    up: migration_20261129_040508_approved_values.up,
    down: migration_20261129_040508_approved_values.down,
    name: '20261129_040508_approved_values',
  },
  {
    up: migration_20261129_100620_plan_owner.up,
    down: migration_20261129_100620_plan_owner.down,
    name: '20261129_100620_plan_owner',
  },
  {
    up: migration_20261129_103255_private_files.up,
    down: migration_20261129_103255_private_files.down,
    name: '20261129_103255_private_files',
  },
  {
    up: migration_20261129_112844_rate_limit_hits.up,
    down: migration_20261129_112844_rate_limit_hits.down,
    name: '20261129_112844_rate_limit_hits',
  },
  {
    up: migration_20261129_125615_login_throttle.up,
    down: migration_20261129_125615_login_throttle.down,
    name: '20261129_125615_login_throttle',
  },
  {
    up: migration_20261129_151641_upload_sweep.up,
    down: migration_20261129_151641_upload_sweep.down,
    name: '20261129_151641_upload_sweep',
  },
  {
    up: migration_20261129_163500_email.up,
    down: migration_20261129_163500_email.down,
    name: '20261129_163500_email',
  },
  {
    up: migration_20261129_211950_document_text.up,
    down: migration_20261129_211950_document_text.down,
    name: '20261129_211950_document_text',
  },
  {
    up: migration_20261130_035120_plan_periods.up,
    down: migration_20261130_035120_plan_periods.down,
    name: '20261130_035120_plan_periods',
  },
  {
    up: migration_20261207_160000_suppression_marks.up,
    down: migration_20261207_160000_suppression_marks.down,
    name: '20261207_160000_suppression_marks',
  },
  {
    up: migration_20261207_161653_courses.up,
    down: migration_20261207_161653_courses.down,
    name: '20261207_161653_courses'
  },
];
