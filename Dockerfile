# The bot in a container. Build: `docker build -t newsbot .`; run: see "Run it in a container" in the README.
FROM node:20-slim

ENV NODE_ENV=production
# glibc's malloc on transparent huge pages: far fewer page faults while the bot loads (README, Performance).
ENV GLIBC_TUNABLES=glibc.malloc.hugetlb=1
WORKDIR /app

# Dependencies first, so that a change to the code does not install them again. Runtime ones only;
# esbuild is one of them, as it compiles src/ to dist/. --ignore-scripts: `prepare` would build dist/
# now, before the sources are here; it is built once they are.
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

COPY tsconfig.json ./
COPY scripts/build.mjs ./scripts/
COPY src ./src
COPY data ./data
RUN node scripts/build.mjs

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
# The compiled bot itself: the image's sources cannot change under it, so there is nothing to rebuild.
CMD ["node", "dist/cli/start.js"]
