#!/usr/bin/env bash
# Start-up benchmark for upki-sim, with Debian's pebble (Let's Encrypt's ACME test server) as the
# yardstick.
#
# For each variant it measures the wall-clock time from just before `java -jar upki-sim.jar` is launched
# to the first HTTP 200 answered by the server's readiness URL, repeats that RUNS times and reports the
# median, min and max:
#
#   (a) first   first start on a fresh machine: an empty data directory (CA key generation included) and an
#               empty user cache (the first start of a build serves in one JVM and only leaves a mark there)
#   (b) warm    warm start: one data directory initialised beforehand and reused, the class archive of the
#               user cache in use (the launcher's default, setting cds=auto)
#   (c) onejvm  as (b) with --cds off: served in the JVM that was started, no class archive
#   (d) pebble  pebble -config <generated json>, readiness = first 200 from https://127.0.0.1:PORT/dir
#   (e) with BASELINE_JAR=other.jar, also (a) and (b) for that jar ("base-first", "base-warm"): a before/after
#       comparison measured in the same rounds, since figures of separate runs differ more than the change
#
# Runs are interleaved (a b c d a b c d ...) so that background noise on the machine is spread over
# all variants alike. The script is a report: it exits 0 whether or not the targets are met, and
# non-zero only when it cannot measure (build failure, a server that never becomes ready, ...).
# The user cache of every run is under the script's temporary directory (XDG_CACHE_HOME): your own
# ~/.cache/upki-sim is neither used nor changed.
#
# Usage (from anywhere):   src/bench/startup.sh          # 7 runs per variant
#                          RUNS=5 src/bench/startup.sh
# Other knobs (environment): READY_TIMEOUT seconds per start (default 120), JAVA (default: java on PATH),
#                            PEBBLE_PER_ROUND pebble starts per round (default 5: see below),
#                            PEBBLE (default: pebble on PATH), KEEP_WORK=1 keeps the temp directory,
#                            BASELINE_JAR another build to compare with, e.g. one of main (see (e)).
#
# Needs: bash, java 17, python3 (the poller and port picker), curl and openssl (pebble's certificate).
# Builds target/upki-sim.jar with Maven if it is missing.

set -euo pipefail

RUNS="${RUNS:-7}"
# pebble generates its CA's RSA keys at every start, so its start-up time scatters widely (90-590 ms here): it
# runs several times per round for a steadier median (with 21 starts the median still moved between 183 and 266 ms
# from one run to the next; a start takes about 0.3 s, so 35 cost little)
PEBBLE_PER_ROUND="${PEBBLE_PER_ROUND:-5}"
READY_TIMEOUT="${READY_TIMEOUT:-120}"
JAVA="${JAVA:-java}"
PEBBLE="${PEBBLE:-pebble}"

FIRST_START_TARGET_MS=3000   # first start should be ready within 3 s
WARM_VS_PEBBLE_TARGET=2      # warm start should be at most 2x pebble's start-up

for knob in RUNS PEBBLE_PER_ROUND; do
    if ! [[ "${!knob}" =~ ^[1-9][0-9]*$ ]]; then
        echo "$knob must be a positive integer, not '${!knob}'" >&2
        exit 2
    fi
done

# The repository root is two levels above this script (src/bench/startup.sh).
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
JAR="$REPO/target/upki-sim.jar"
BASELINE_JAR="${BASELINE_JAR:-}"
if [[ -n "$BASELINE_JAR" && ! -f "$BASELINE_JAR" ]]; then
    echo "BASELINE_JAR $BASELINE_JAR is not a file" >&2
    exit 2
fi

# ---------------------------------------------------------------------------------------------------
# Clean-up: every background process we start is recorded in LIVE_PIDS; on any exit (normal, error,
# Ctrl-C) the survivors get SIGTERM, then SIGKILL if they linger, and the work directory goes away.
# ---------------------------------------------------------------------------------------------------
WORK="$(mktemp -d "${TMPDIR:-/tmp}/upki-sim-startup.XXXXXX")"
declare -A LIVE_PIDS=()

stop_pid() {                       # stop_pid PID: SIGTERM, wait up to ~10 s, then SIGKILL; always reap
    local pid="$1" i
    if kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid" 2>/dev/null || true
        for ((i = 0; i < 200; i++)); do
            kill -0 "$pid" 2>/dev/null || break
            # A dead child stays visible to kill -0 until reaped, so look at its state too.
            [[ "$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null)" == Z ]] && break
            sleep 0.05
        done
        kill -KILL "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
    unset "LIVE_PIDS[$pid]"
}

cleanup() {
    local pid
    for pid in "${!LIVE_PIDS[@]}"; do
        stop_pid "$pid"
    done
    if [[ "${KEEP_WORK:-0}" == 1 ]]; then
        echo "work directory kept: $WORK" >&2
    else
        rm -rf "$WORK"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------------------------------------------
# Helpers written in python3: a free-port picker and the readiness poller.
# ---------------------------------------------------------------------------------------------------

# Resolve python3 once (a version-manager shim such as pyenv's adds a shell hop to every call).
PYTHON="$(python3 -c 'import sys; print(sys.executable)')"

# free_ports N: prints N distinct loopback TCP ports that are free right now. All N sockets are held
# open together so the kernel cannot hand out the same port twice.
free_ports() {
    "$PYTHON" - "$1" <<'EOF'
import socket, sys
held = []
for _ in range(int(sys.argv[1])):
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    held.append(s)
print(" ".join(str(s.getsockname()[1]) for s in held))
EOF
}

# The poller is started *before* the server so that Python's own start-up is not measured. It
# imports what it needs and then opens a FIFO for reading; the shell's open of the same FIFO for
# writing blocks until then, which tells the shell the poller is armed. The shell then takes the
# start timestamp, launches the server and writes the server's PID into the FIFO. The poller
# requests the URL every ~5 ms and, on the first 200, prints time.time_ns() (same clock as
# `date +%s%N`). Exit status 2 = the server died, 3 = timeout.
cat > "$WORK/poll.py" <<'EOF'
import http.client, ssl, sys, time

url_scheme, host, port, path, fifo, timeout = sys.argv[1:7]
port, timeout = int(port), float(timeout)
insecure = ssl.create_default_context()
insecure.check_hostname = False
insecure.verify_mode = ssl.CERT_NONE

def dead(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] == "Z"
    except FileNotFoundError:
        return True

def ok():
    if url_scheme == "https":
        c = http.client.HTTPSConnection(host, port, timeout=5, context=insecure)
    else:
        c = http.client.HTTPConnection(host, port, timeout=5)
    try:
        c.request("GET", path)
        return c.getresponse().status == 200
    except (OSError, http.client.HTTPException):
        return False
    finally:
        c.close()

with open(fifo) as f:               # blocks until the shell opens the FIFO for writing
    pid = int(f.readline())
deadline = time.monotonic() + timeout
while True:
    if ok():
        print(time.time_ns())
        sys.exit(0)
    if dead(pid):
        sys.exit(2)
    if time.monotonic() > deadline:
        sys.exit(3)
    time.sleep(0.005)
EOF

# start_and_time NAME SCHEME PORT PATH LOG -- COMMAND...: launches COMMAND in the background (its
# PID goes to SERVER_PID), waits for the first 200 from SCHEME://127.0.0.1:PORT/PATH and sets
# ELAPSED_MS. On failure prints the log's tail and returns 1. The server is left running.
SERVER_PID=""
ELAPSED_MS=""
start_and_time() {
    local name="$1" scheme="$2" port="$3" path="$4" log="$5"
    shift 6
    local fifo="$WORK/go.fifo" poll_pid t0 t1 status=0
    rm -f "$fifo"
    mkfifo "$fifo"
    "$PYTHON" "$WORK/poll.py" "$scheme" 127.0.0.1 "$port" "$path" "$fifo" "$READY_TIMEOUT" \
        > "$WORK/poll.out" &
    poll_pid=$!
    LIVE_PIDS[$poll_pid]=1
    exec 3> "$fifo"                    # returns once the poller is armed (has opened the FIFO)
    t0=$(date +%s%N)
    "$@" > "$log" 2>&1 3>&- &          # (the server must not inherit the FIFO's write end)
    SERVER_PID=$!
    LIVE_PIDS[$SERVER_PID]=1
    echo "$SERVER_PID" >&3
    exec 3>&-
    wait "$poll_pid" || status=$?
    unset "LIVE_PIDS[$poll_pid]"
    if ((status != 0)); then
        case $status in
            2) echo "$name: the process exited before it was ready" >&2 ;;
            3) echo "$name: not ready within ${READY_TIMEOUT} s" >&2 ;;
            *) echo "$name: poller failed (status $status)" >&2 ;;
        esac
        echo "--- last lines of $log ---" >&2
        tail -n 20 "$log" >&2 || true
        stop_pid "$SERVER_PID"
        return 1
    fi
    t1=$(< "$WORK/poll.out")
    ELAPSED_MS=$(( (t1 - t0) / 1000000 ))
}

# ---------------------------------------------------------------------------------------------------
# One start of each variant. Each prints nothing, appends its time in ms to $WORK/<variant>.ms, and
# stops the server again (shutdown time is not measured).
# ---------------------------------------------------------------------------------------------------
upki_cmd() {                          # upki_cmd CACHE DATA HTTP HTTPS [serve flags...]; the jar is $UPKI_JAR
    local cache="$1" data="$2" http="$3" https="$4"
    shift 4
    UPKI_CMD=(env "XDG_CACHE_HOME=$cache" "$JAVA" -jar "${UPKI_JAR:-$JAR}" --data "$data" --http-port "$http"
              --https-port "$https" --relying-party-port 0 "$@")
}

run_upki() {                          # run_upki VARIANT CACHE DATA [serve flags...]
    local variant="$1" cache="$2" data="$3" http https
    shift 3
    read -r http https < <(free_ports 2)
    UPKI_JAR="$JAR"
    [[ $variant == base-* ]] && UPKI_JAR="$BASELINE_JAR"
    upki_cmd "$cache" "$data" "$http" "$https" "$@"
    start_and_time "$variant" http "$http" /sim/health "$WORK/$variant.log" -- "${UPKI_CMD[@]}" || return 1
    stop_pid "$SERVER_PID"
    echo "$ELAPSED_MS" >> "$WORK/$variant.ms"
}

run_fresh() {                         # run_fresh VARIANT: empty data directory and empty user cache
    local variant="$1"
    rm -rf "$WORK/$variant-data" "$WORK/$variant-cache"
    run_upki "$variant" "$WORK/$variant-cache" "$WORK/$variant-data" || return 1
    rm -rf "$WORK/$variant-data" "$WORK/$variant-cache"
}
run_first() { run_fresh first; }
run_warm() { run_upki warm "$WORK/cache" "$WORK/warm-data"; }
run_onejvm() { run_upki onejvm "$WORK/cache" "$WORK/warm-data" --cds off; }
run_base-first() { run_fresh base-first; }
run_base-warm() { run_upki base-warm "$WORK/base-cache" "$WORK/base-warm-data"; }

write_pebble_config() {               # write_pebble_config FILE: fresh free ports for each run
    local listen mgmt va_http va_tls
    read -r listen mgmt va_http va_tls < <(free_ports 4)
    PEBBLE_PORT="$listen"
    cat > "$1" <<EOF
{
  "pebble": {
    "listenAddress": "127.0.0.1:$listen",
    "managementListenAddress": "127.0.0.1:$mgmt",
    "certificate": "$WORK/pebble-cert.pem",
    "privateKey": "$WORK/pebble-key.pem",
    "httpPort": $va_http,
    "tlsPort": $va_tls,
    "ocspResponderURL": "",
    "externalAccountBindingRequired": false
  }
}
EOF
}

run_pebble() {
    write_pebble_config "$WORK/pebble-config.json"
    start_and_time pebble https "$PEBBLE_PORT" /dir "$WORK/pebble.log" -- \
        env PEBBLE_VA_NOSLEEP=1 "$PEBBLE_BIN" -config "$WORK/pebble-config.json" || return 1
    stop_pid "$SERVER_PID"
    echo "$ELAPSED_MS" >> "$WORK/pebble.ms"
}

# ---------------------------------------------------------------------------------------------------
# Preparation
# ---------------------------------------------------------------------------------------------------
echo "== upki-sim start-up benchmark =="
echo "machine: nproc $(nproc), $("$JAVA" -version 2>&1 | head -n 1)"
echo "runs per variant: $RUNS (interleaved)"

if [[ ! -f "$JAR" ]]; then
    echo "building $JAR (mvn -q -DskipTests package) ..."
    (cd "$REPO" && mvn -q -DskipTests package)
fi
# Remember the jar's identity: if someone rebuilds it mid-run, the figures mix two builds.
JAR_STAMP="$(stat -c '%s %Y' "$JAR")"

# (b) and (c): initialise the shared warm data directory with two (untimed) starts: the first of a build serves
# in one JVM and leaves a mark in the user cache, the second trains the class archive (written when it stops).
echo "initialising the warm data directory and the class archive ..."
for pass in mark train; do
    read -r http https < <(free_ports 2)
    upki_cmd "$WORK/cache" "$WORK/warm-data" "$http" "$https"
    start_and_time "init-$pass" http "$http" /sim/health "$WORK/init-$pass.log" -- "${UPKI_CMD[@]}"
    curl -fsS -o /dev/null "http://127.0.0.1:$http/repo/ca.json"
    curl -fsSk -o /dev/null "https://127.0.0.1:$https/sim/health"
    stop_pid "$SERVER_PID"            # SIGTERM -> orderly exit -> the archive is written
done
if ! compgen -G "$WORK/cache/upki-sim/cds/*.jsa" > /dev/null; then
    echo "the second start wrote no class archive under $WORK/cache/upki-sim/cds" >&2
    tail -n 20 "$WORK/init-train.log" >&2
    exit 1
fi

if [[ -n "$BASELINE_JAR" ]]; then
    echo "initialising the baseline's warm data directory ($BASELINE_JAR) ..."
    read -r http https < <(free_ports 2)
    UPKI_JAR="$BASELINE_JAR"
    upki_cmd "$WORK/base-cache" "$WORK/base-warm-data" "$http" "$https"
    UPKI_JAR=""
    start_and_time base-init http "$http" /sim/health "$WORK/base-init.log" -- "${UPKI_CMD[@]}"
    stop_pid "$SERVER_PID"
fi

# (d): pebble, if installed. It needs a TLS certificate (Debian ships none): RSA 2048, SAN
# localhost and 127.0.0.1. One untimed warm-up start loads its binary into the page cache.
PEBBLE_BIN="$(command -v "$PEBBLE" || true)"
VARIANTS=(first warm onejvm)
[[ -n "$BASELINE_JAR" ]] && VARIANTS+=(base-first base-warm)
if [[ -z "$PEBBLE_BIN" ]]; then
    echo "pebble is not installed (apt-get install pebble): reporting upki-sim figures only"
else
    openssl req -x509 -newkey rsa:2048 -nodes -days 7 -subj "/CN=localhost" \
        -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
        -keyout "$WORK/pebble-key.pem" -out "$WORK/pebble-cert.pem" 2>/dev/null
    echo "warming up pebble ($PEBBLE_BIN) ..."
    if run_pebble; then
        rm -f "$WORK/pebble.ms"
        VARIANTS+=(pebble)
    else
        echo "pebble did not start: reporting upki-sim figures only" >&2
    fi
fi

# ---------------------------------------------------------------------------------------------------
# Measurement: interleaved rounds
# ---------------------------------------------------------------------------------------------------
for ((round = 1; round <= RUNS; round++)); do
    line="round $round/$RUNS:"
    for v in "${VARIANTS[@]}"; do
        if [[ $v == pebble ]]; then
            for ((i = 0; i < PEBBLE_PER_ROUND; i++)); do
                run_pebble
                line+=" $v $(tail -n 1 "$WORK/$v.ms") ms"
            done
        else
            "run_$v"
            line+=" $v $(tail -n 1 "$WORK/$v.ms") ms"
        fi
    done
    echo "$line"
done

if [[ "$(stat -c '%s %Y' "$JAR")" != "$JAR_STAMP" ]]; then
    echo "WARNING: $JAR changed during the benchmark; the figures mix two builds" >&2
fi

# ---------------------------------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------------------------------
# stats FILE: "median min max" (the median of an even count is the mean of the middle two).
stats() {
    sort -n "$1" | awk '{ v[NR] = $1 }
        END { m = (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2)
              print m, v[1], v[NR] }'
}
declare -A MEDIAN=()
label() {
    case "$1" in
        first)  echo "upki-sim first start" ;;
        warm)   echo "upki-sim warm start" ;;
        onejvm) echo "upki-sim warm, --cds off" ;;
        pebble) echo "pebble" ;;
        base-first) echo "baseline first start" ;;
        base-warm) echo "baseline warm start" ;;
    esac
}

echo
printf '%-24s %8s %8s %8s\n' "variant ($RUNS runs)" "median" "min" "max"
echo "(pebble: $((RUNS * PEBBLE_PER_ROUND)) runs)"
for v in "${VARIANTS[@]}"; do
    read -r med lo hi < <(stats "$WORK/$v.ms")
    MEDIAN[$v]=$med
    printf '%-24s %5d ms %5d ms %5d ms\n' "$(label "$v")" "$med" "$lo" "$hi"
done
echo

verdict() {                           # verdict OK?: "met" / "missed"
    if (( $1 )); then echo "met"; else echo "missed"; fi
}
first=${MEDIAN[first]}
echo "first start: $first ms against the ${FIRST_START_TARGET_MS} ms target ($(verdict "first <= FIRST_START_TARGET_MS"))"
if [[ -n "$BASELINE_JAR" ]]; then
    echo "baseline first start: ${MEDIAN[base-first]} ms"
fi
if [[ -n "${MEDIAN[pebble]:-}" ]]; then
    pebble=${MEDIAN[pebble]}
    ((pebble > 0)) || pebble=1        # guard the division; pebble is fast but not 0 ms
    ratios=(warm onejvm)
    [[ -n "$BASELINE_JAR" ]] && ratios+=(base-warm)
    for v in "${ratios[@]}"; do
        case $v in
            warm) name="warm start" ;;
            onejvm) name="warm start, --cds off" ;;
            base-warm) name="baseline warm start" ;;
        esac
        ratio=$(awk -v a="${MEDIAN[$v]}" -v b="$pebble" 'BEGIN { printf "%.1f", a / b }')
        met=$(awk -v a="${MEDIAN[$v]}" -v b="$pebble" -v t="$WARM_VS_PEBBLE_TARGET" 'BEGIN { print (a <= t * b) ? 1 : 0 }')
        echo "$name: ${MEDIAN[$v]} ms = ${ratio}x pebble (target <= ${WARM_VS_PEBBLE_TARGET}x, $(verdict "$met"))"
    done
else
    echo "no pebble figures: the ratios against pebble are not available"
fi
exit 0
