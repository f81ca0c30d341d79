# One image for every role: `serve`, `worker`, or any other frontier-ledger command.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY web ./web
COPY src ./src
COPY test ./test
COPY bench ./bench
COPY scenarios ./scenarios
RUN npm run build && npm prune --omit=dev
ENTRYPOINT ["node", "dist/src/cli/main.js"]
