#!/usr/bin/env bash
# OCSP responder benchmark (issue 6, RFC 6960): responses per second under wrk (POST, loopback) from upki-sim's
# /repo/ocsp versus `openssl ocsp -port` serving the same certificate from an index.txt, signed by the same
# delegated responder certificate and key (exported from upki-sim's data directory with sqlite3), measured in
# the same run. Two requests: without a nonce (upki-sim may reuse a response signed up to a simulated minute
# earlier, RFC 5019 2.2.1; openssl signs each) and with a nonce (both sign every response).
# Targets: at least 5x openssl and at least 10,000 responses/s.
#
# How the comparison is kept fair:
# - One load generator for both: wrk with one thread (-t1), the same Lua script, request file and connection count;
#   wrk is pinned to the last CPU with taskset when there is one (WRK_CPU= to leave it unpinned); the servers are
#   not pinned. The machine has 2 cores, so wrk takes CPU time from both servers alike.
# - openssl 3.0's responder answers HTTP/1.0 without keep-alive, then reads on for another request on the same
#   connection; when the client closes it, it loops reading end-of-file forever and answers nobody else (openssl
#   issue #31129; wrk's start-up probe connection triggers the same). So the Lua script skips wrk's probe, every
#   request to openssl carries "Connection: close" (one connection per request, the only way openssl serves), and
#   each openssl run gets a fresh process.
# - upki-sim is measured twice: with wrk's persistent connections (keep-alive, as HTTP/1.1 clients do) and like
#   openssl, one connection per request ("close"). The ratios of both are printed; the like-for-like one is "close".
# - Rounds interleave the servers (openssl, upki-sim keep-alive, upki-sim close, per request kind), so load from
#   other processes on the machine hits all of them; the summary gives medians over the rounds, min-max, and each
#   run's 1-minute load average. upki-sim is warmed up first (the JIT needs tens of seconds on a busy machine).
# - openssl runs as one process by default, as `openssl ocsp -port` does; OPENSSL_MULTI=2 runs two responder
#   processes (-multi 2), one per core.
#
# Usage: src/bench/ocsp-wrk.sh     DURATION=10s CONNECTIONS=32 ROUNDS=3 WARMUP=20 (seconds) by default;
#                                  JAR=other.jar to measure another build
# Needs: java 17, openssl, wrk, sqlite3, xxd, curl, python3; taskset (util-linux) for pinning.
set -euo pipefail

DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-32}"
ROUNDS="${ROUNDS:-3}"
WARMUP="${WARMUP:-20}"
OPENSSL_MULTI="${OPENSSL_MULTI:-}"
WRK_CPU="${WRK_CPU-$(($(nproc) - 1))}"
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
JAR="${JAR:-$REPO/target/upki-sim.jar}"
LUA="$REPO/src/bench/ocsp-post.lua"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/upki-sim-ocsp.XXXXXX")"
SIM_PID=""
OPENSSL_PID=""
stop_openssl() { # with -multi, openssl leads its own process group (the responders are its children)
    if [ -n "$OPENSSL_PID" ]; then
        kill -- "-$OPENSSL_PID" 2>/dev/null || kill "$OPENSSL_PID" 2>/dev/null || true
        wait "$OPENSSL_PID" 2>/dev/null || true
        OPENSSL_PID=""
    fi
}
cleanup() {
    stop_openssl
    [ -n "$SIM_PID" ] && kill "$SIM_PID" 2>/dev/null && wait "$SIM_PID" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT

[ -f "$JAR" ] || (cd "$REPO" && mvn -q -DskipTests package)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
PIN=()
if [ -n "$WRK_CPU" ] && command -v taskset >/dev/null; then PIN=(taskset -c "$WRK_CPU"); fi
echo "machine: $(nproc) cores; $(java -version 2>&1 | head -1); $(openssl version); $(wrk -v 2>&1 | head -1)"
echo "wrk -t1 -c$CONNECTIONS -d$DURATION${PIN[*]:+ (pinned: ${PIN[*]})}; openssl ocsp -port${OPENSSL_MULTI:+ -multi $OPENSSL_MULTI};" \
    "$ROUNDS round(s); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

HTTP=$(free_port); OPORT=$(free_port)
java -jar "$JAR" --data "$WORK/data" --instant --http-port "$HTTP" --https-port 0 --relying-party-port 0 \
    >"$WORK/sim.log" 2>&1 &
SIM_PID=$!
until curl -sf "http://127.0.0.1:$HTTP/sim/health" >/dev/null; do
    kill -0 "$SIM_PID" 2>/dev/null || { cat "$WORK/sim.log"; exit 1; }
    sleep 0.2
done
DB="$WORK/data/upki-sim.db"
# the OCSP responders' certificates are made just after ready (README, Benchmarks): wait for the client CA's
for _ in $(seq 100); do
    [ "$(sqlite3 "$DB" "PRAGMA busy_timeout = 5000; SELECT count(*) FROM ocsp_responder WHERE ca = 'client'" \
        2>/dev/null | tail -n 1)" = 1 ] && break
    sleep 0.1
done

# the same CA, responder certificate and key for both servers
blob() { sqlite3 "$DB" "$1" | xxd -r -p; }
blob "SELECT hex(certificate) FROM ca_authority WHERE role = 'client'" | openssl x509 -inform DER -out "$WORK/ca.pem"
blob "SELECT hex(certificate) FROM ocsp_responder WHERE ca = 'client'" | openssl x509 -inform DER -out "$WORK/responder.pem"
blob "SELECT hex(private_key) FROM ocsp_responder WHERE ca = 'client'" | openssl pkey -inform DER -out "$WORK/responder.key"
blob "SELECT hex(certificate) FROM ca_authority WHERE role = 'root'" | openssl x509 -inform DER -out "$WORK/root.pem"

# one certificate "issued" by the client CA: a row in upki-sim's store, a V line in openssl's index
SERIAL_HEX="0123456789ABCDEF0123456789ABCDEF"
SERIAL_DEC=$(python3 -c "print(int('$SERIAL_HEX', 16))")
sqlite3 "$DB" "PRAGMA busy_timeout = 5000; INSERT INTO certificate (serial, institution, profile, issuer, subject_dn,
  requested_dn, not_before, not_after, der, issued_at) VALUES ('$SERIAL_DEC', 'bench', 5, 'client', 'CN=bench',
  'CN=bench', '2026-01-01T00:00:00Z', '2030-01-01T00:00:00Z', x'00', '2026-01-01T00:00:00Z')" >/dev/null
printf 'V\t301231235959Z\t\t%s\tunknown\t/CN=bench\n' "$SERIAL_HEX" > "$WORK/index.txt"
touch "$WORK/index.txt.attr"

openssl ocsp -issuer "$WORK/ca.pem" -serial "0x$SERIAL_HEX" -no_nonce -reqout "$WORK/plain.der" >/dev/null
openssl ocsp -issuer "$WORK/ca.pem" -serial "0x$SERIAL_HEX" -reqout "$WORK/nonce.der" >/dev/null

start_openssl() { # waits for its ACCEPT line: a probe connection would hang it (see above)
    : >"$WORK/openssl.log"
    openssl ocsp -port "$OPORT" -index "$WORK/index.txt" -CA "$WORK/ca.pem" -rsigner "$WORK/responder.pem" \
        -rkey "$WORK/responder.key" -nmin 60 ${OPENSSL_MULTI:+-multi "$OPENSSL_MULTI"} >"$WORK/openssl.log" 2>&1 &
    OPENSSL_PID=$!
    until grep -q ACCEPT "$WORK/openssl.log"; do sleep 0.1; done
    sleep 0.2
}

# both answer "good" to the same request
start_openssl
for url in "http://127.0.0.1:$OPORT/" "http://127.0.0.1:$HTTP/repo/ocsp"; do
    status=$(openssl ocsp -issuer "$WORK/ca.pem" -serial "0x$SERIAL_HEX" -url "$url" -timeout 10 -CAfile "$WORK/root.pem" \
        -verify_other "$WORK/ca.pem" 2>&1 | tr "\n" " " || true)
    echo "check $url: $status"
done
stop_openssl

load1() { cut -d' ' -f1 /proc/loadavg; }
bench() { # kind server mode url request close: one wrk run, a line in results
    OCSP_REQUEST="$5" OCSP_CLOSE="$6" "${PIN[@]}" wrk -t1 -c"$CONNECTIONS" -d"$DURATION" -s "$LUA" "$4" >"$WORK/run.wrk"
    local rate errors
    rate=$(awk '/Requests\/sec/ {print $2}' "$WORK/run.wrk")
    errors=$(grep -E 'Non-2xx|Socket errors' "$WORK/run.wrk" | tr -s ' \n' ' ' || true)
    echo "$1 $2 $3 $rate $(load1)" >>"$WORK/results"
    printf '  %-8s %-9s %-10s %9.0f/s  load %s %s\n' "$1" "$2" "$3" "$rate" "$(load1)" "$errors"
}
warm() { OCSP_REQUEST="$1" OCSP_CLOSE="$2" "${PIN[@]}" wrk -t1 -c"$CONNECTIONS" -d"$3s" -s "$LUA" "http://127.0.0.1:$HTTP/repo/ocsp" >/dev/null; }
echo "warm-up of upki-sim: ${WARMUP}s keep-alive, $((WARMUP / 2))s close, $((WARMUP / 2))s with a nonce"
warm "$WORK/plain.der" 0 "$WARMUP"; warm "$WORK/plain.der" 1 $((WARMUP / 2)); warm "$WORK/nonce.der" 0 $((WARMUP / 2))

: >"$WORK/results"
for round in $(seq "$ROUNDS"); do
    echo "round $round"
    for kind in plain nonce; do
        start_openssl
        bench "$kind" openssl close "http://127.0.0.1:$OPORT/" "$WORK/$kind.der" 1
        stop_openssl
        bench "$kind" upki-sim keep-alive "http://127.0.0.1:$HTTP/repo/ocsp" "$WORK/$kind.der" 0
        bench "$kind" upki-sim close "http://127.0.0.1:$HTTP/repo/ocsp" "$WORK/$kind.der" 1
    done
done

python3 - "$WORK/results" <<'PY'
import statistics, sys
runs = {}
for line in open(sys.argv[1]):
    kind, server, mode, rate, load = line.split()
    runs.setdefault((kind, server, mode), []).append(float(rate))
def med(key):
    return statistics.median(runs[key])
print("summary (median of the rounds, min-max; ratio to openssl's median in this run):")
for kind, label in (("plain", "no nonce"), ("nonce", "nonce")):
    base = med((kind, "openssl", "close"))
    rates = runs[(kind, "openssl", "close")]
    print(f"  {label:8} {'openssl (close)':21}{base:8.0f}/s  ({min(rates):.0f}-{max(rates):.0f})")
    for mode in ("keep-alive", "close"):
        rates = runs[(kind, "upki-sim", mode)]
        ours = med((kind, "upki-sim", mode))
        verdict = "met" if ours >= 10_000 and ours >= 5 * base else "missed"
        print(f"  {label:8} {'upki-sim (' + mode + ')':21}{ours:8.0f}/s  ({min(rates):.0f}-{max(rates):.0f})  "
              f"{ours / base:5.1f}x openssl  targets (>= 10,000/s and >= 5x): {verdict}")
PY
