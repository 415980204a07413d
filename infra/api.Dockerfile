# syntax=docker/dockerfile:1.7
# Accrue GraphQL API. Build from the repository root:
#   docker build -f infra/api.Dockerfile -t accrue-api .

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
COPY --from=manifests /app/ ./
RUN --mount=type=cache,id=pnpm-store,target=/pnpm/store \
    pnpm install --frozen-lockfile --store-dir /pnpm/store
COPY . .
RUN pnpm turbo run build --filter=@accrue/api...

# Production dependencies of the API and the workspace packages it depends on, nothing else.
FROM base AS prod-deps
COPY --from=manifests /app/ ./
RUN --mount=type=cache,id=pnpm-store,target=/pnpm/store \
    pnpm install --frozen-lockfile --prod --filter=@accrue/api... --store-dir /pnpm/store

FROM node:20-bookworm-slim AS runtime
# HOST: the API listens on 127.0.0.1 unless told otherwise; in a container, on every interface
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000
WORKDIR /app
COPY --from=prod-deps /app/ ./
# Compiled output of the API and of every workspace package it imports at run time.
COPY --from=build /app/packages/core/dist ./packages/core/dist
COPY --from=build /app/apps/api/dist ./apps/api/dist
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.PORT+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# `serve` applies pending migrations, then starts the GraphQL server on $PORT.
CMD ["node", "apps/api/dist/main.js", "serve"]
