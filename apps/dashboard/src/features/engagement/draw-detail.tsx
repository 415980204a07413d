'use client';

import Link from 'next/link';
import { useState } from 'react';
import { CheckCircle2Icon, DownloadIcon, ShieldCheckIcon, XCircleIcon } from 'lucide-react';
import { toast } from 'sonner';
import {
  DashboardAuditLogDocument,
  DrawPointsDrawWinnersDocument,
  PointsDrawDocument,
  PointsDrawsDocument,
  type PointsDrawQuery,
} from '@accrue/sdk/src/generated/graphql';
import { ConfirmButton } from '@/components/confirm-button';
import { EmptyState, ErrorState, LoadingRows, PageHeader, errorMessage } from '@/components/states';
import { useSession } from '@/components/shell/session-context';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { formatNumber } from '@/lib/format';
import { requireNoUserErrors } from '@/lib/graphql-client';
import { useGqlMutation, useGqlQuery } from '@/lib/use-gql';
import { verifyDraw, type Verification } from './draw-verify';
import { PHASE_LABEL, PHASE_VARIANT } from './labels';

type Draw = NonNullable<PointsDrawQuery['pointsDraw']>;

/** A long hex string that wraps, in a monospace font, with a label screen readers announce. */
function Hex({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div className="grid gap-1">
      <span className="text-sm font-medium">{label}</span>
      <code data-testid={testId} className="rounded-md bg-muted px-3 py-2 font-mono text-xs break-all">
        {value}
      </code>
    </div>
  );
}

export function DrawDetail({ id }: { id: string }) {
  const session = useSession();
  const draw = useGqlQuery(PointsDrawDocument, { id });
  const drawWinners = useGqlMutation(DrawPointsDrawWinnersDocument, {
    select: (d) => requireNoUserErrors(d.drawPointsDrawWinners),
    invalidates: [PointsDrawDocument, PointsDrawsDocument, DashboardAuditLogDocument],
  });
  if (draw.error && !draw.data)
    return (
      <>
        <PageHeader title="Points draw" />
        <ErrorState error={draw.error} onRetry={() => void draw.refetch()} />
      </>
    );
  if (!draw.data)
    return (
      <>
        <PageHeader title="Points draw" />
        <LoadingRows label="Loading the draw" />
      </>
    );
  const d = draw.data.pointsDraw;
  if (!d)
    return (
      <>
        <PageHeader title="Points draw" />
        <EmptyState title="No such draw">
          It may have been created in another program. <Link href="/draws">All draws</Link>
        </EmptyState>
      </>
    );
  const prizeName = (prizeId: string) => d.prizes.find((p) => p.id === prizeId)?.name ?? 'a prize';
  return (
    <>
      <PageHeader
        title={d.name}
        description={`Entry ${formatNumber(d.entryCostPoints)} pts${d.maxEntriesPerMember ? `, at most ${formatNumber(d.maxEntriesPerMember)} per member` : ''} · opens ${session.dateTime(d.opensAt)}, closes ${session.dateTime(d.closesAt)} (${session.zoneLabel}).`}
        actions={
          <>
            <Badge variant={PHASE_VARIANT[d.phase]} data-testid="draw-phase">
              {PHASE_LABEL[d.phase]}
            </Badge>
            {session.can('engagement:write') && d.phase === 'CLOSED' ? (
              <ConfirmButton
                destructive={false}
                title="Draw the winners?"
                description="The winners are computed from the seed and the entries, and the seed is revealed. This happens once; drawing again shows the same result."
                confirmLabel="Draw winners"
                disabled={drawWinners.isPending}
                onConfirm={() =>
                  drawWinners.mutate(
                    { input: { drawId: d.id } },
                    {
                      onSuccess: (p) =>
                        toast.success('Winners drawn', {
                          description: `${formatNumber(p.draw?.winners.length ?? 0)} winners; the seed is revealed.`,
                        }),
                      onError: (e) =>
                        toast.error('The winners were not drawn', { description: errorMessage(e) }),
                    },
                  )
                }
              >
                Draw winners
              </ConfirmButton>
            ) : null}
            <Button variant="outline" asChild>
              <Link href="/draws">All draws</Link>
            </Button>
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Prizes</CardTitle>
            <CardDescription>Handed out in this order; a member wins at most once.</CardDescription>
          </CardHeader>
          <CardContent>
            <Table aria-label="Prizes">
              <TableHeader>
                <TableRow className="hover:bg-transparent">
                  <TableHead className="w-12">#</TableHead>
                  <TableHead>Prize</TableHead>
                  <TableHead className="text-right">Stock</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {d.prizes.map((p) => (
                  <TableRow key={p.id}>
                    <TableCell className="tabular-nums">{p.position}</TableCell>
                    <TableCell>{p.name}</TableCell>
                    <TableCell className="text-right tabular-nums">{formatNumber(p.stock)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Fairness</CardTitle>
            <CardDescription>
              {d.seed
                ? 'The seed is revealed: its hash matches the one published when the draw was created, and the winners follow from it.'
                : 'The hash below was published when the draw was created. The seed behind it stays secret until the winners are drawn, so nobody can choose or foresee them.'}
            </CardDescription>
          </CardHeader>
          <CardContent className="grid gap-4">
            <Hex label="Published seed hash (SHA-256)" value={d.seedHash} testId="seed-hash" />
            {d.seed ? (
              <Hex label="Revealed seed" value={d.seed} testId="seed" />
            ) : (
              <p className="text-sm text-muted-foreground">
                The seed is revealed once the winners are drawn, after {session.dateTime(d.closesAt)}.
              </p>
            )}
          </CardContent>
        </Card>
      </div>
      {d.phase === 'DRAWN' ? <Results draw={d} prizeName={prizeName} /> : null}
      <HowToVerify draw={d} />
    </>
  );
}

function Results({ draw: d, prizeName }: { draw: Draw; prizeName: (id: string) => string }) {
  const session = useSession();
  const tickets = d.entries.reduce((s, e) => s + e.count, 0);
  const members = new Set(d.entries.map((e) => e.memberId)).size;
  return (
    <Card className="mt-6">
      <CardHeader>
        <CardTitle>Winners</CardTitle>
        <CardDescription>
          Drawn {session.dateTime(d.drawnAt)} from {formatNumber(tickets)} tickets bought by{' '}
          {formatNumber(members)} members ({formatNumber(tickets * d.entryCostPoints)} points spent on
          entries).
        </CardDescription>
      </CardHeader>
      <CardContent>
        {d.winners.length ? (
          <Table aria-label="Winners">
            <TableHeader>
              <TableRow className="hover:bg-transparent">
                <TableHead className="w-12">#</TableHead>
                <TableHead>Prize</TableHead>
                <TableHead>Member</TableHead>
                <TableHead>Winning ticket</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {d.winners.map((w) => (
                <TableRow key={w.position}>
                  <TableCell className="tabular-nums">{w.position}</TableCell>
                  <TableCell>{prizeName(w.prizeId)}</TableCell>
                  <TableCell>
                    <Link
                      href={`/members/${encodeURIComponent(w.memberId)}`}
                      className="underline-offset-4 hover:underline"
                    >
                      View member<span className="sr-only">, winner {w.position}</span>
                    </Link>
                  </TableCell>
                  <TableCell className="font-mono text-xs">{w.ticket}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : (
          <EmptyState title="No winners">Nobody bought an entry before the draw closed.</EmptyState>
        )}
      </CardContent>
    </Card>
  );
}

function HowToVerify({ draw: d }: { draw: Draw }) {
  const [result, setResult] = useState<Verification | 'running' | null>(null);
  const data = {
    id: d.id,
    seedHash: d.seedHash,
    seed: d.seed,
    prizes: d.prizes.map(({ id, position, stock }) => ({ id, position, stock })),
    winners: d.winners,
    entries: d.entries.map(({ id, memberId, count }) => ({ id, memberId, count })),
  };
  const download = () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `draw-${d.id}.json`;
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <Card className="mt-6">
      <CardHeader>
        <CardTitle>How anyone can check this draw</CardTitle>
        <CardDescription>The winners are a published function of the seed and the entries.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4 text-sm">
        <ol className="grid list-decimal gap-1.5 pl-5">
          <li>SHA-256 of the revealed seed must equal the seed hash published when the draw was created.</li>
          <li>
            Tickets: the entries still active at the close, in id order, each purchase of <em>n</em> entries
            expanded into tickets “entry#0” … “entry#<em>n</em>−1”.
          </li>
          <li>
            Shuffle from the last ticket down: for position <em>i</em>, take the first 13 hex digits of
            SHA-256(“seed:<em>i</em>”) as a number <em>r</em> and swap positions <em>i</em> and <em>r</em> mod
            (<em>i</em>+1).
          </li>
          <li>
            Prizes in order, each repeated by its stock; walk the shuffled tickets, and each member who has
            not won yet takes the next prize.
          </li>
        </ol>
        <p>
          An independent script does the same with nothing but Node.js:{' '}
          <code className="rounded bg-muted px-1.5 py-0.5 font-mono text-xs break-all">
            node bench/verify-draw.mjs --url &lt;API URL&gt; --token &lt;API key&gt; --draw {d.id}
          </code>{' '}
          (or <code className="rounded bg-muted px-1.5 py-0.5 font-mono text-xs">--file draw.json</code> with
          the data below). Through the API, the <code className="font-mono text-xs">pointsDraw</code> query
          returns the seed, the prizes, the entries and the winners.
        </p>
        {d.phase === 'DRAWN' ? (
          <div className="flex flex-wrap items-center gap-3">
            <Button
              variant="outline"
              disabled={result === 'running'}
              onClick={async () => {
                setResult('running');
                setResult(await verifyDraw(data));
              }}
            >
              <ShieldCheckIcon aria-hidden /> Recompute in this browser
            </Button>
            <Button variant="outline" onClick={download}>
              <DownloadIcon aria-hidden /> Download draw data
            </Button>
            <div role="status" aria-live="polite" data-testid="verification">
              {result === 'running' ? 'Recomputing…' : null}
              {result && result !== 'running' ? (
                result.hashMatches && result.winnersMatch ? (
                  <span className="flex items-center gap-1.5 text-success">
                    <CheckCircle2Icon aria-hidden className="size-4" /> Verified: the seed matches its hash
                    and the {formatNumber(result.tickets)} tickets give the same winners.
                  </span>
                ) : (
                  <span className="flex items-center gap-1.5 text-destructive">
                    <XCircleIcon aria-hidden className="size-4" />
                    {result.hashMatches
                      ? 'The seed matches its hash, but the winners differ from the recomputed ones.'
                      : 'The seed does not match the published hash.'}
                  </span>
                )
              ) : null}
            </div>
          </div>
        ) : (
          <p className="text-muted-foreground">
            Once the winners are drawn, this page recomputes them in your browser and offers the data for the
            script.
          </p>
        )}
      </CardContent>
    </Card>
  );
}
