'use client';

import { useQuery } from '@tanstack/react-query';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ApiErrorPanel } from '@/components/api-error';
import { usePublicConfig } from '@/components/providers';
import { formatMinor, formatMultiplier, formatRatioAsPercent } from '@/lib/format';
import { graphqlRequest } from '@/lib/graphql';
import { OVERVIEW_QUERY, type OverviewData } from '@/lib/queries';

export function Overview() {
  const config = usePublicConfig();
  const query = useQuery({
    queryKey: ['overview', config.apiUrl],
    queryFn: ({ signal }) => graphqlRequest<OverviewData>(config, OVERVIEW_QUERY, undefined, signal),
  });

  if (query.isPending) {
    return (
      <section>
        <h1>Overview</h1>
        <p className="muted" role="status">
          Loading…
        </p>
      </section>
    );
  }

  if (query.isError) {
    return (
      <section>
        <h1>Overview</h1>
        <ApiErrorPanel error={query.error} onRetry={() => void query.refetch()} />
      </section>
    );
  }

  const { programSettings: program, tiers } = query.data;
  const sortedTiers = [...tiers].sort((a, b) => a.rank - b.rank);

  return (
    <section>
      <h1>Overview</h1>
      <div className="panel">
        <h2 data-testid="program-name">{program.name}</h2>
        <dl className="settings">
          <div>
            <dt>Currency</dt>
            <dd>{program.currency}</dd>
          </div>
          <div>
            <dt>Time zone</dt>
            <dd>{program.timezone}</dd>
          </div>
          <div>
            <dt>Cost-to-sales red line</dt>
            <dd>{formatRatioAsPercent(program.costToSalesRedLine)}</dd>
          </div>
        </dl>
      </div>

      <div className="panel">
        <h2>Tiers</h2>
        <table aria-label="Tiers">
          <thead>
            <tr>
              <th>Tier</th>
              <th className="num">Rank</th>
              <th className="num">Qualifying spend (12 months)</th>
              <th className="num">Earn multiplier</th>
              <th className="num">Members</th>
            </tr>
          </thead>
          <tbody>
            {sortedTiers.map((tier) => (
              <tr key={tier.id}>
                <td>{tier.name}</td>
                <td className="num">{tier.rank}</td>
                <td className="num">{formatMinor(tier.qualifyingSpendMinor, program.currency)}</td>
                <td className="num">{formatMultiplier(tier.earnMultiplier)}</td>
                <td className="num">{tier.memberCount.toLocaleString()}</td>
              </tr>
            ))}
            {sortedTiers.length === 0 ? (
              <tr>
                <td colSpan={5} className="muted">
                  No tiers are configured.
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>

      {sortedTiers.length > 0 ? (
        <div className="panel">
          <h2>Members by tier</h2>
          <div style={{ width: '100%', height: 240 }}>
            <ResponsiveContainer>
              <BarChart data={sortedTiers} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="name" />
                <YAxis allowDecimals={false} />
                <Tooltip />
                <Bar dataKey="memberCount" name="Members" fill="#3b5bdb" />
              </BarChart>
            </ResponsiveContainer>
          </div>
        </div>
      ) : null}
    </section>
  );
}
