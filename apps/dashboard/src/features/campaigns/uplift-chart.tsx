'use client';

import {
  Bar,
  BarChart,
  CartesianGrid,
  ErrorBar,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

export interface UpliftRow {
  variant: string;
  plain: number | null;
  plainLow: number | null;
  plainHigh: number | null;
  cuped: number | null;
  cupedLow: number | null;
  cupedHigh: number | null;
}

const pct = (v: number) => `${(v * 100).toFixed(0)}%`;

/** Relative uplift per variant, plain and CUPED, each with its 95% interval, on one axis through zero. */
export default function UpliftChart({ rows }: { rows: UpliftRow[] }) {
  const data = rows.map((r) => ({
    ...r,
    plainErr:
      r.plain != null && r.plainLow != null && r.plainHigh != null
        ? [r.plain - r.plainLow, r.plainHigh - r.plain]
        : [0, 0],
    cupedErr:
      r.cuped != null && r.cupedLow != null && r.cupedHigh != null
        ? [r.cuped - r.cupedLow, r.cupedHigh - r.cuped]
        : [0, 0],
  }));
  const values = rows
    .flatMap((r) => [r.plainLow, r.plainHigh, r.cupedLow, r.cupedHigh, 0])
    .filter((v): v is number => v != null);
  // a symmetric axis through zero, in steps of 5%, 25% or 50% of revenue per member
  const extent = Math.max(0.05, ...values.map(Math.abs));
  const step = extent <= 0.2 ? 0.05 : extent <= 1 ? 0.25 : 0.5;
  const bound = Math.ceil(extent / step) * step;
  const ticks = Array.from(
    { length: Math.round((2 * bound) / step) + 1 },
    (_, i) => +(-bound + i * step).toFixed(2),
  );
  return (
    <div aria-hidden inert className="h-64 w-full">
      <ResponsiveContainer>
        <BarChart data={data} layout="vertical" margin={{ left: 24, right: 24, top: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={[-bound, bound]} ticks={ticks} tickFormatter={pct} />
          <YAxis type="category" dataKey="variant" width={110} />
          <Tooltip formatter={(v) => (typeof v === 'number' ? pct(v) : String(v))} />
          <Legend />
          <ReferenceLine x={0} stroke="currentColor" strokeWidth={2} />
          <Bar
            dataKey="plain"
            name="Plain estimate"
            fill="var(--color-chart-2, #64748b)"
            isAnimationActive={false}
          >
            <ErrorBar dataKey="plainErr" width={6} strokeWidth={2} stroke="#111827" direction="x" />
          </Bar>
          <Bar
            dataKey="cuped"
            name="CUPED estimate"
            fill="var(--color-chart-1, #2563eb)"
            isAnimationActive={false}
          >
            <ErrorBar dataKey="cupedErr" width={6} strokeWidth={2} stroke="#111827" direction="x" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
