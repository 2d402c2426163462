/**
 * Cross-field checks of a pack's deadlines: the timeline is in date order, and the last date an
 * entry set (`setsDue`) is the deadline's `due`.
 */
import { formatPath, type PackProblem } from './problems';
import type { Pack } from './schema';

export function timelineProblems(pack: Pack): PackProblem[] {
  const problems: PackProblem[] = [];
  pack.deadlines.forEach((deadline, i) => {
    deadline.timeline.forEach((entry, j) => {
      const previous = deadline.timeline[j - 1];
      if (previous && entry.date < previous.date)
        problems.push({
          path: formatPath(['deadlines', i, 'timeline', j, 'date']),
          message: `${entry.date} comes before the previous entry (${previous.date}); list the timeline in date order`,
        });
    });
    const lastSet = deadline.timeline.findLastIndex((entry) => entry.setsDue !== undefined);
    const setDue = deadline.timeline[lastSet]?.setsDue;
    if (setDue !== undefined && setDue !== deadline.due)
      problems.push({
        path: formatPath(['deadlines', i, 'timeline', lastSet, 'setsDue']),
        message: `the last date set (${setDue}) is not the deadline's due date (${deadline.due})`,
      });
  });
  return problems;
}
