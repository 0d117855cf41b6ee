#!/usr/bin/env bash
# OCSP responder benchmark (issue 6, RFC 6960): responses per second under wrk (POST, loopback) from upki-sim's
# /repo/ocsp versus `openssl ocsp -port` serving the same certificate from an index.txt, signed by the same
# delegated responder certificate and key (exported from upki-sim's data directory with sqlite3), measured in
# the same run. Two requests: without a nonce (upki-sim may reuse a response signed up to a simulated minute
# earlier, RFC 5019 2.2.1; openssl signs each) and with a nonce (both sign every response).
# Targets: at least 5x openssl and at least 10,000 responses/s.
#
# Usage: src/bench/ocsp-wrk.sh             DURATION=10s CONNECTIONS=32 by default
# Needs: java 17, openssl, wrk, sqlite3, xxd, curl, python3 (free ports).
set -euo pipefail

DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-32}"
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
JAR="$REPO/target/upki-sim.jar"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/upki-sim-ocsp.XXXXXX")"
SIM_PID=""
OPENSSL_PID=""
cleanup() {
    [ -n "$SIM_PID" ] && kill "$SIM_PID" 2>/dev/null && wait "$SIM_PID" 2>/dev/null
    [ -n "$OPENSSL_PID" ] && kill "$OPENSSL_PID" 2>/dev/null && wait "$OPENSSL_PID" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT

[ -f "$JAR" ] || (cd "$REPO" && mvn -q -DskipTests package)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
echo "machine: $(nproc) cores; $(java -version 2>&1 | head -1); $(openssl version); $(wrk -v 2>&1 | head -1)"

HTTP=$(free_port); HTTPS=$(free_port); OPORT=$(free_port)
java -jar "$JAR" --data "$WORK/data" --instant --http-port "$HTTP" --https-port "$HTTPS" >"$WORK/sim.log" 2>&1 &
SIM_PID=$!
until curl -sf "http://127.0.0.1:$HTTP/sim/health" >/dev/null; do sleep 0.2; done
DB="$WORK/data/upki-sim.db"
[ -f "$DB" ] || DB="$(ls "$WORK"/data/*.db | head -1)"

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

openssl ocsp -port "$OPORT" -index "$WORK/index.txt" -CA "$WORK/ca.pem" -rsigner "$WORK/responder.pem" \
    -rkey "$WORK/responder.key" -nmin 60 >"$WORK/openssl.log" 2>&1 &
OPENSSL_PID=$!
sleep 1 # openssl ocsp -port serves one connection at a time: no probe connection

# both answer "good" to the same request
for url in "http://127.0.0.1:$OPORT/" "http://127.0.0.1:$HTTP/repo/ocsp"; do
    status=$(openssl ocsp -issuer "$WORK/ca.pem" -serial "0x$SERIAL_HEX" -url "$url" -timeout 10 -CAfile "$WORK/root.pem" \
        -verify_other "$WORK/ca.pem" 2>&1 | tr "\n" " " || true)
    echo "check $url: $status"
done

run() { # name url request
    local rate
    rate=$(OCSP_REQUEST="$3" wrk -t2 -c"$CONNECTIONS" -d"$DURATION" -s "$REPO/src/bench/ocsp-post.lua" "$2" \
        | tee "$WORK/run.wrk" | awk '/Requests\/sec/ {print $2}')
    local errors
    errors=$(grep -E 'Non-2xx|Socket errors' "$WORK/run.wrk" | tr '\n' ' ' || true)
    echo "$1: $rate responses/s $errors" >&2
    echo "$rate"
}
OCSP_REQUEST="$WORK/plain.der" wrk -t2 -c"$CONNECTIONS" -d5s -s "$REPO/src/bench/ocsp-post.lua" \
    "http://127.0.0.1:$HTTP/repo/ocsp" >/dev/null # JIT warm-up
o_plain=$(run "openssl ocsp -port, no nonce" "http://127.0.0.1:$OPORT/" "$WORK/plain.der")
u_plain=$(run "upki-sim /repo/ocsp, no nonce" "http://127.0.0.1:$HTTP/repo/ocsp" "$WORK/plain.der")
o_nonce=$(run "openssl ocsp -port, nonce" "http://127.0.0.1:$OPORT/" "$WORK/nonce.der")
u_nonce=$(run "upki-sim /repo/ocsp, nonce" "http://127.0.0.1:$HTTP/repo/ocsp" "$WORK/nonce.der")
python3 - <<PY
for name, ours, theirs in (("no nonce", $u_plain, $o_plain), ("nonce", $u_nonce, $o_nonce)):
    print(f"{name}: upki-sim {ours:.0f}/s, openssl {theirs:.0f}/s, ratio {ours / theirs:.1f}x")
PY
