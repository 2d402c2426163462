/** Settings problems as a list, each with the setting it is about: stored ones and an import's. */
import type { SettingsProblem } from '../../src/settings';

export function ProblemList(props: { problems: readonly SettingsProblem[] }) {
  return (
    <ul>
      {props.problems.map((p) => (
        <li key={`${p.key}:${p.message}`}>
          <code>{p.key}</code>: {p.message}
        </li>
      ))}
    </ul>
  );
}
