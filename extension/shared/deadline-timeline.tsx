/**
 * A deadline's timeline as a small SVG (popup and card): a line from the earliest to the latest
 * day, a ring at the original date, a dot at each extension, a dashed rule at today and a diamond
 * at the current due date. Its accessible name is the view's label followed by the marks' texts
 * (its text equivalent); each mark's text is also its tooltip. Colors follow the text color, so
 * light and dark themes need no rules of their own. Kept small: the card draws it too.
 */
import type { TimelineView, TimelineViewMark } from '../../src/deadlines/timeline-view';

/** The drawing's coordinate space; the SVG scales to the width it is given. */
const WIDTH = 300;
const AXIS_Y = 13;

function shape(mark: TimelineViewMark, x: number) {
  const title = <title>{mark.text}</title>;
  if (mark.kind === 'today')
    return (
      <path d={`M${x} 2v22`} stroke="currentColor" stroke-dasharray="3 2">
        {title}
      </path>
    );
  if (mark.kind === 'due')
    return (
      <path d={`M${x} 6l6 7-6 7-6-7z`} fill="currentColor">
        {title}
      </path>
    );
  const original = mark.kind === 'original';
  return (
    <circle
      cx={x}
      cy={AXIS_Y}
      r={original ? 4.5 : 3.5}
      fill={original ? 'none' : 'currentColor'}
      stroke="currentColor"
    >
      {title}
    </circle>
  );
}

export function DeadlineTimeline({ view }: { view: TimelineView }) {
  return (
    <svg
      class="timeline-drawing"
      role="img"
      aria-label={`${view.label}: ${view.marks.map((mark) => mark.text).join('; ')}`}
      viewBox={`-8 0 ${WIDTH + 16} 26`}
      width="100%"
    >
      <path d={`M0 ${AXIS_Y}h${WIDTH}`} stroke="currentColor" stroke-opacity="0.5" />
      {view.marks.map((mark) => shape(mark, Math.round(mark.x * WIDTH)))}
    </svg>
  );
}
