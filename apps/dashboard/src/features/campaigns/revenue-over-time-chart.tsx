'use client';

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface RevenueOverTime {
  /** one point a day: the day's label and, per arm's label, its revenue per member (major units) */
  data: Record<string, string | number | null>[];
  arms: string[];
}

const COLORS = ['var(--muted-foreground)', 'var(--primary)', 'var(--success)', 'var(--warning)', '#9333ea'];

/** Cumulative revenue per member, one line per arm (the holdout first, in grey). */
export default function RevenueOverTimeChart({
  data,
  arms,
  money,
}: RevenueOverTime & { money: (v: number) => string }) {
  return (
    <div aria-hidden inert className="h-64 w-full">
      <ResponsiveContainer>
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="day" tick={{ fontSize: 12 }} minTickGap={24} />
          <YAxis tick={{ fontSize: 12 }} tickFormatter={(v: number) => money(v)} width={72} />
          <Tooltip formatter={(v) => (typeof v === 'number' ? money(v) : String(v))} />
          <Legend />
          {arms.map((arm, i) => (
            <Line
              key={arm}
              type="monotone"
              dataKey={arm}
              stroke={COLORS[i % COLORS.length]}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
