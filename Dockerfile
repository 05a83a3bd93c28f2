# The bot in a container. Build: `docker build -t newsbot .`; run: see "Run it in a container" in the README.
FROM node:20-slim

ENV NODE_ENV=production
WORKDIR /app

# Dependencies first, so that a change to the code does not install them again. Runtime ones only:
# tsx is one of them, because the bot runs its TypeScript through tsx's loader (there is no build step).
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

COPY tsconfig.json ./
COPY src ./src
COPY data ./data

# The bot's only writes are 👍/👎 votes: a folder of their own, the one thing the unprivileged user
# may write, and a volume so that votes outlive the container.
RUN mkdir /app/state && chown node:node /app/state
ENV FEEDBACK_PATH=/app/state/feedback.json
VOLUME /app/state
USER node

# HTTP mode listens here (PORT); Socket Mode needs no port at all.
EXPOSE 3000
# Docker's default, stated: on SIGTERM the bot stops taking events, finishes the replies in flight
# (up to 10 s), saves feedback and exits 0. `docker stop` sends SIGKILL after 10 s unless told to
# wait longer: run with --stop-timeout 15 so that a full grace period still ends cleanly.
STOPSIGNAL SIGTERM
# GET /healthz in HTTP mode; in Socket Mode there is nothing to probe and the check passes.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 CMD ["node", "src/cli/healthcheck.mjs"]
# node is PID 1 itself, with no npm or shell between it and the SIGTERM of `docker stop`.
CMD ["node", "--import", "tsx", "src/cli/start.ts"]
