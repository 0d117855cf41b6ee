#!/usr/bin/env bash
# Issuance throughput benchmark (NII issue, SPEC 1.2): a 1000-row client-certificate upload (download method 2,
# P12 bulk, so that the simulator issues every certificate itself) in --instant mode, timed from the upload until
# the bulk P12 notice says every P12 is available. Reported as certificates per second next to the rate of
# `openssl genpkey` RSA-2048 key generations on the same cores, measured in the same run (key generation bounds
# both). Target: at least 0.8x openssl's rate.
#
# Usage: src/bench/upload-1000.sh            ROWS=1000 by default; ROWS=200 for a quick look
# Needs: java 17, curl, openssl, python3 (to write the Shift_JIS file and pick ports).
set -euo pipefail

ROWS="${ROWS:-1000}"
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
JAR="$REPO/target/upki-sim.jar"
CORES="$(nproc)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/upki-sim-upload.XXXXXX")"
TOKEN="upload-bench-token-0123456789"
SIM_PID=""
cleanup() {
    if [ -n "$SIM_PID" ] && kill "$SIM_PID" 2>/dev/null; then wait "$SIM_PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

[ -f "$JAR" ] || (cd "$REPO" && mvn -q -DskipTests package)
now_ms() { date +%s%3N; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

echo "machine: $CORES cores; $(java -version 2>&1 | head -1); $(openssl version)"

# --- baseline: openssl RSA-2048 key generations per second, one worker per core ---
keys_per_worker=$(( ROWS / 10 / CORES + 1 ))
start=$(now_ms)
for _ in $(seq "$CORES"); do
    ( for _ in $(seq "$keys_per_worker"); do openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 >/dev/null 2>&1; done ) &
done
wait
elapsed=$(( $(now_ms) - start ))
openssl_rate=$(python3 -c "print(f'{$keys_per_worker * $CORES * 1000 / $elapsed:.1f}')")
echo "openssl genpkey RSA-2048: $(( keys_per_worker * CORES )) keys in $elapsed ms = $openssl_rate keys/s"

# --- upki-sim ---
HTTP=$(free_port); HTTPS=$(free_port)
java -jar "$JAR" --ephemeral --instant --http-port "$HTTP" --https-port "$HTTPS" --relying-party-port 0 --sim-token "$TOKEN" \
    > "$WORK/sim.log" 2>&1 &
SIM_PID=$!
until curl -sf -o /dev/null "http://localhost:$HTTP/sim/health"; do sleep 0.1; done
curl -sf -H "Authorization: Bearer $TOKEN" "http://localhost:$HTTP/sim/ra/example-u/credentials.pem" > "$WORK/ra.pem"
curl -sf "http://localhost:$HTTP/repo/ca/root.pem" > "$WORK/root.pem"
python3 - "$WORK/upload.tsv" "$ROWS" <<'PY'
import sys
path, rows = sys.argv[1], int(sys.argv[2])
with open(path, "wb") as out:
    for i in range(1, rows + 1):
        fields = [f"CN=BENCH USER {i}, OU=b{i:07d}, O=Example University, L=Example-shi, C=JP", "5", "2", "", "", "", "",
                  "管理 次郎", "情報社会基盤研究センター", "kanri.jiro@example.ac.jp", "性能 試験", f"bench{i}", "工学部",
                  f"bench{i}@example.ac.jp", ""]
        out.write(("\t".join(fields) + "\r\n").encode("cp932"))
PY

start=$(now_ms)
curl -sf --cacert "$WORK/root.pem" --cert "$WORK/ra.pem" -F applyType=1 -F errorFlg=1 \
    -F "file=@$WORK/upload.tsv" "https://localhost:$HTTPS/upki-odcert/lra/SP1011.do" > "$WORK/result.html"
uploaded=$(( $(now_ms) - start ))
until curl -sf -H "Authorization: Bearer $TOKEN" "http://localhost:$HTTP/sim/mail" | grep -q '"kind":"bulk-p12"'; do
    sleep 0.2
done
elapsed=$(( $(now_ms) - start ))
sim_rate=$(python3 -c "print(f'{$ROWS * 1000 / $elapsed:.1f}')")
echo "upki-sim: $ROWS-row upload acknowledged in $uploaded ms; every P12 available after $elapsed ms = $sim_rate certificates/s"
python3 -c "r = $sim_rate / $openssl_rate; print(f'ratio: {r:.2f}x openssl key generation (target >= 0.8x, ' + ('met' if r >= 0.8 else 'missed') + ')')"
