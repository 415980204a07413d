import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** @type {import('next').NextConfig} */
const nextConfig = {
  // `next start` serves the regular build (and warns when output is standalone), so the
  // self-contained server in .next/standalone is opt-in: NEXT_OUTPUT=standalone pnpm build.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  // Trace dependencies from the monorepo root so workspace packages land in the standalone bundle.
  outputFileTracingRoot: path.join(here, '../..'),
  reactStrictMode: true,
  poweredByHeader: false,
  // Lint runs from the repository root (eslint.config.mjs), not inside `next build`.
  eslint: { ignoreDuringBuilds: true },
};

export default nextConfig;
