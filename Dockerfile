# One image for every service; docker-compose.yml picks the command.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY platform platform
COPY gateway gateway
COPY schema schema
COPY subgraphs subgraphs
COPY scripts scripts
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/dist dist
COPY schema schema
# The committed open-data snapshot: the one-off ingest loads it and the gateway serves its
# manifest at /sources.
COPY data data
USER node
CMD ["node", "dist/gateway/main.js"]
