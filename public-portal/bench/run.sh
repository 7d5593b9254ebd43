#!/usr/bin/env bash
# Load benchmark of the public portal: prints figures, asserts nothing.
#
# Start the local stack with the per-client rate limit raised (the load comes from one address, a crowd
# from many), let the simulator fill it, then run this script on the same machine:
#
#   AQ_PORTAL_RATE_LIMIT_REQUESTS_PER_PERIOD=100000000 java -jar local-stack/target/local-stack.jar --simulate
#   public-portal/bench/run.sh [base-url] [seconds] [connections] [threads]
#
# Needs wrk (Debian package wrk) and curl. Figures and method: docs/public-portal.md.
set -euo pipefail
BASE=${1:-http://localhost:8084}
SECONDS_EACH=${2:-30}
CONNECTIONS=${3:-64}
THREADS=${4:-2}
DATA_DIR=${AQ_LOCAL_DATA:-.local-stack}

command -v wrk > /dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }

for path in "/" "/?lang=en" "/api/public/v1/stations"; do
	echo "== GET $path: $CONNECTIONS connections, $THREADS threads, ${SECONDS_EACH}s"
	wrk --latency -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_EACH}s" "$BASE$path" \
		| grep -E "Requests/sec|Transfer/sec|^ +(50|90|99)%|requests in|Non-2xx|Socket errors"
done

# Freshness: post one reading for the current hour as station dongsi, then time until the portal shows it.
KEY_FILE="$DATA_DIR/station-keys.properties"
if [ -f "$KEY_FILE" ]; then
	KEY=$(grep '^dongsi=' "$KEY_FILE" | cut -d= -f2)
	HOUR=$(date -u +%Y-%m-%dT%H:00:00Z)
	VALUE=$((300 + RANDOM % 200))
	START=$(date +%s%N)
	curl -s -o /dev/null -X POST localhost:8081/api/v1/readings -H "Authorization: Bearer $KEY" \
		-H 'Content-Type: application/json' \
		-d "{\"readings\":[{\"stationId\":\"dongsi\",\"time\":\"$HOUR\",\"pollutant\":\"PM2_5\",\"value\":\"$VALUE\",\"unit\":\"ug/m3\"}]}"
	until curl -s "$BASE/api/public/v1/stations/dongsi" | grep -q "\"PM2_5\":$VALUE.0"; do
		sleep 0.1
		[ $(( ($(date +%s%N) - START) / 1000000000 )) -lt 120 ] || { echo "freshness: not shown within 120 s"; exit 1; }
	done
	echo "== freshness: a reading posted to ingest was on the portal after $(( ($(date +%s%N) - START) / 1000000 )) ms"
else
	echo "== freshness: skipped ($KEY_FILE not found; set AQ_LOCAL_DATA to the stack's data directory)"
fi
