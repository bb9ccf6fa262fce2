/**
 * Prints the next scheduled publication at the end of `astro build`, from the schedule.json the
 * build has just written (src/pages/schedule.json.ts), so the log and the file never disagree.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describeSchedule, scheduleFile, type Schedule } from '../lib/schedule.ts';

export function scheduleReport(): AstroIntegration {
  return {
    name: 'pressroom:schedule-report',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const file = fileURLToPath(new URL(scheduleFile, dir));
        const schedule = JSON.parse(readFileSync(file, 'utf8')) as Schedule;
        logger.info(describeSchedule(schedule));
      },
    },
  };
}
