# Production image: `docker compose up --build` (see docker-compose.yml). Not tested here (no Docker engine on the
# build machine); kept deliberately plain.
FROM node:20-bookworm-slim

ENV NEXT_TELEMETRY_DISABLED=1
RUN mkdir /app && chown node:node /app
WORKDIR /app
USER node

# Dependencies first (cached while package*.json do not change). postinstall runs `prisma generate`,
# which needs the schema and prisma.config.ts.
COPY --chown=node:node package.json package-lock.json prisma.config.ts ./
COPY --chown=node:node scripts/prisma-generate.mjs scripts/
COPY --chown=node:node prisma/schema.prisma prisma/
RUN npm ci --no-audit --no-fund

COPY --chown=node:node . .
# The build needs no database: pages that read it are dynamic.
RUN npm run build

# HOST: the launcher binds 127.0.0.1 unless told otherwise; in a container the app must listen on every interface.
ENV NODE_ENV=production \
    PORT=3000 \
    HOST=0.0.0.0
EXPOSE 3000
# `npm start` (scripts/start.ts): applies migrations, runs the idempotent seed, sets up the database's read-only
# role (<database>_web: monitor_web for docker-compose.yml's "monitor"), then `next start` with that role's
# WEB_DATABASE_URL only. DATABASE_URL (the owner) comes from docker-compose.yml and stays with the launcher.
CMD ["npm", "start"]
