# syntax=docker/dockerfile:1.7
# Accrue admin dashboard (Next.js). Build from the repository root:
#   docker build -f infra/dashboard.Dockerfile -t accrue-dashboard .

FROM node:20-bookworm-slim AS base
ENV CI=1 \
    TURBO_TELEMETRY_DISABLED=1 \
    NEXT_TELEMETRY_DISABLED=1
RUN npm i -g pnpm@10.34.8
WORKDIR /app

# Only the workspace manifests and the lockfile, so dependency layers stay cached across code edits.
FROM base AS manifests
COPY . /src
RUN cd /src && find . -name node_modules -prune -o \
      \( -name package.json -o -name pnpm-lock.yaml -o -name pnpm-workspace.yaml -o -name .npmrc \) \
      -type f -exec cp --parents {} /app/ \;

FROM base AS build
# Optional: baked into the client bundle as a fallback. The server reads NEXT_PUBLIC_API_URL at
# request time, so the runtime environment below is what normally decides.
ARG NEXT_PUBLIC_API_URL=http://localhost:4000/graphql
ENV NEXT_PUBLIC_API_URL=${NEXT_PUBLIC_API_URL}
COPY --from=manifests /app/ ./
RUN --mount=type=cache,id=pnpm-store,target=/pnpm/store \
    pnpm install --frozen-lockfile --store-dir /pnpm/store
COPY . .
RUN pnpm turbo run build --filter=@accrue/dashboard... && rm -rf apps/dashboard/.next/cache

FROM base AS prod-deps
COPY --from=manifests /app/ ./
RUN --mount=type=cache,id=pnpm-store,target=/pnpm/store \
    pnpm install --frozen-lockfile --prod --filter=@accrue/dashboard... --store-dir /pnpm/store

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000
WORKDIR /app
COPY --from=prod-deps /app/ ./
COPY --from=build --chown=node:node /app/apps/dashboard/.next ./apps/dashboard/.next
COPY --from=build /app/apps/dashboard/next.config.mjs ./apps/dashboard/next.config.mjs
WORKDIR /app/apps/dashboard
USER node
EXPOSE 3000
CMD ["sh", "-c", "exec node node_modules/next/dist/bin/next start -H 0.0.0.0 -p ${PORT}"]
