'use client';

import {
  Area,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

const COLORS = {
  issued: '#2563eb',
  redeemed: '#16a34a',
  expired: '#d97706',
  ratio: '#7c3aed',
  liability: '#0f766e',
};
const compact = (v: number) => new Intl.NumberFormat('en-GB', { notation: 'compact' }).format(v);

export function FlowChart({
  data,
}: {
  data: { label: string; issued: number; redeemed: number; expired: number }[];
}) {
  return (
    <div aria-hidden inert className="h-64 w-full">
      <ResponsiveContainer>
        <LineChart data={data} margin={{ left: 8, right: 16, top: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" />
          <YAxis tickFormatter={compact} />
          <Tooltip />
          <Legend />
          <Line dataKey="issued" name="Issued" stroke={COLORS.issued} dot={false} isAnimationActive={false} />
          <Line
            dataKey="redeemed"
            name="Redeemed"
            stroke={COLORS.redeemed}
            dot={false}
            isAnimationActive={false}
          />
          <Line
            dataKey="expired"
            name="Expired"
            stroke={COLORS.expired}
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

export function RatioChart({
  data,
  redLine,
  warningFrom,
}: {
  data: { label: string; ratio: number | null }[];
  redLine: number;
  warningFrom: number;
}) {
  const max = Math.max(redLine * 1.3, ...data.map((d) => d.ratio ?? 0)) * 100;
  return (
    <div aria-hidden inert className="h-64 w-full">
      <ResponsiveContainer>
        <LineChart
          data={data.map((d) => ({ ...d, pct: d.ratio == null ? null : d.ratio * 100 }))}
          margin={{ left: 8, right: 16, top: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" />
          <YAxis domain={[0, Math.ceil(max * 10) / 10]} tickFormatter={(v: number) => `${v.toFixed(1)}%`} />
          <Tooltip formatter={(v) => (typeof v === 'number' ? `${v.toFixed(2)}%` : String(v))} />
          <ReferenceArea
            y1={warningFrom * 100}
            y2={redLine * 100}
            fill="#f59e0b"
            fillOpacity={0.15}
            label="warning"
          />
          <ReferenceLine
            y={redLine * 100}
            stroke="#dc2626"
            strokeWidth={2}
            label={{ value: 'red line', position: 'insideTopRight', fill: '#dc2626' }}
          />
          <Line
            dataKey="pct"
            name="Cost-to-sales"
            stroke={COLORS.ratio}
            isAnimationActive={false}
            connectNulls
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

export function LiabilityChart({
  data,
}: {
  data: { label: string; actual: number | null; forecast: number | null }[];
}) {
  return (
    <div aria-hidden inert className="h-64 w-full">
      <ResponsiveContainer>
        <ComposedChart data={data} margin={{ left: 8, right: 16, top: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" />
          <YAxis tickFormatter={compact} />
          <Tooltip />
          <Legend />
          <Area
            dataKey="actual"
            name="Liability"
            stroke={COLORS.liability}
            fill={COLORS.liability}
            fillOpacity={0.15}
            isAnimationActive={false}
          />
          <Line
            dataKey="forecast"
            name="Forecast"
            stroke={COLORS.liability}
            strokeDasharray="5 4"
            dot
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
