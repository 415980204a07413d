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
  // The typed documents are imported from @accrue/sdk's TypeScript source, so that a page's bundle
  // carries only the documents it uses.
  transpilePackages: ['@accrue/sdk', '@accrue/core'],
  reactStrictMode: true,
  poweredByHeader: false,
  // Lint runs from the repository root (eslint.config.mjs), not inside `next build`.
  eslint: { ignoreDuringBuilds: true },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'same-origin' },
        ],
      },
    ];
  },
};

export default nextConfig;
