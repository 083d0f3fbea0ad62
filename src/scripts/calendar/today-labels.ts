/**
 * “已过去 / 进行中 / 即将到来” computed with the reader's own today (the build carries no day of
 * its own, so a build made months earlier still labels correctly); the note under the title,
 * hidden until now, says which day was used.
 */
import { relationToToday, type PartialDate } from '../../lib/partial-date';
import { formatChineseDay } from '../../lib/dates';

const pad = (n: number) => String(n).padStart(2, '0');

function readerToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function labelRelations(): void {
  const note = document.querySelector<HTMLElement>('[data-today-note]');
  if (!note) return;
  const today = readerToday();
  const labels: Record<string, string> = {
    past: note.dataset.labelPast ?? '',
    ongoing: note.dataset.labelOngoing ?? '',
    upcoming: note.dataset.labelUpcoming ?? '',
  };
  for (const badge of document.querySelectorAll<HTMLElement>('[data-rel-start]')) {
    // Only whether the days are known matters here: a known span, or a window without a day.
    const known = badge.dataset.relKnown === '1';
    const date: PartialDate = {
      precision: known ? 'days' : 'month',
      start: badge.dataset.relStart ?? null,
      end: badge.dataset.relEnd ?? badge.dataset.relStart ?? null,
      whole: known,
    };
    const relation = relationToToday(date, today);
    badge.dataset.rel = relation;
    badge.textContent = labels[relation] ?? '';
    badge.hidden = relation === 'unknown';
  }
  if (note.dataset.readerText) {
    note.textContent = note.dataset.readerText.replace('{date}', formatChineseDay(today));
    note.hidden = false;
  }
}
