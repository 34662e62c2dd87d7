# Ieum (이음): the API with the built SPA, for use with an external PostgreSQL (see docker-compose.yml).
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV npm_config_fund=false npm_config_audit=false
# Manifests first, so the dependency layer is reused while only sources change.
COPY package.json package-lock.json ./
COPY libs/domain/package.json libs/domain/
COPY libs/db/package.json libs/db/
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY e2e/package.json e2e/
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production PORT=4000 HOST=0.0.0.0 IEUM_DATA_DIR=/app/data
COPY --from=build --chown=node:node /app /app
USER node
EXPOSE 4000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "apps/api/dist/main.js"]
