import { useEffect, useRef } from 'react';
import { useT } from '../../app/useT';

interface Row {
  key: string;
  label: string;
  colour: string | null;
  count: number;
}

function Bar({ row, max }: { row: Row; max: number }) {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const bar = ref.current;
    if (!bar) return;
    // Sizes and colours go through the style object: the policy allows that, not style attributes.
    bar.style.setProperty('--bar-size', `${Math.max(2, (row.count / max) * 100)}%`);
    if (row.colour) bar.style.setProperty('--bar-colour', row.colour);
  }, [row, max]);
  return <span ref={ref} className={row.colour ? 'bar-fill' : 'bar-fill bar-untagged'} />;
}

/** How much evidence each tag has, as bars: easier to compare at a glance than a column of numbers. */
export function TagBarChart({ rows }: { rows: Row[] }) {
  const t = useT();
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <figure className="tag-chart card" data-testid="tag-chart">
      <figcaption className="tag-chart-title">{t('evidence.chartTitle')}</figcaption>
      <ul className="tag-chart-rows">
        {rows.map((row) => (
          <li key={row.key} className="tag-chart-row" data-testid="tag-chart-row">
            <span className="tag-chart-label">{row.label}</span>
            <span className="tag-chart-track" aria-hidden="true">
              <Bar row={row} max={max} />
            </span>
            <span className="tag-chart-count">{t('evidence.quotes', { count: row.count })}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
