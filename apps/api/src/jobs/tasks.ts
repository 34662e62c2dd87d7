import type { Task } from 'graphile-worker';
import type { DataSource } from 'typeorm';
import { SCREENING_ROUND_TASK, screeningRoundTask } from '../modules/screening/rounds.service';

// Every background job Ieum runs, by its task name in the graphile-worker queue.
export function jobTasks(db: DataSource): Record<string, Task> {
  return { [SCREENING_ROUND_TASK]: screeningRoundTask(db) };
}
