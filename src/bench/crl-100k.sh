#!/usr/bin/env bash
# CRL generation benchmark (issue 6): sign a CRL with 100,000 revoked entries with upki-sim's CrlBuilder
# (median of RUNS after a warm-up, in one JVM), and — as the baseline in the same run — with
# `openssl ca -gencrl` from an index.txt holding the same 100,000 revocations, the same CA key and reasons.
# Target: upki-sim under 1 s.
#
# Usage: src/bench/crl-100k.sh            N=100000 RUNS=5 by default
# Needs: java 17, openssl, the jar (built here if missing).
set -euo pipefail

N="${N:-100000}"
RUNS="${RUNS:-5}"
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
JAR="$REPO/target/upki-sim.jar"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/upki-sim-crl.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

[ -f "$JAR" ] || (cd "$REPO" && mvn -q -DskipTests package)
now_ms() { date +%s%3N; }
echo "machine: $(nproc) cores; $(java -version 2>&1 | head -1); $(openssl version)"

java -cp "$JAR" "$REPO/src/bench/CrlBench.java" "$N" "$RUNS" "$WORK"

cd "$WORK"
touch index.txt.attr
echo 01 > crlnumber
cat > openssl.cnf <<CNF
[ ca ]
default_ca = bench
[ bench ]
database = $WORK/index.txt
crlnumber = $WORK/crlnumber
certificate = $WORK/ca.pem
private_key = $WORK/ca.key
default_md = sha256
default_crl_days = 1
crl_extensions = crl_ext
[ crl_ext ]
authorityKeyIdentifier = keyid:always
CNF
best=""
for _ in $(seq "$RUNS"); do
    start=$(now_ms)
    openssl ca -config openssl.cnf -gencrl -out openssl.crl 2>/dev/null
    elapsed=$(( $(now_ms) - start ))
    best="$best $elapsed"
done
median=$(echo $best | tr ' ' '\n' | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")
entries=$(openssl crl -in openssl.crl -noout -text | grep -c 'Serial Number:' || true)
echo "openssl ca -gencrl: $entries entries, $(stat -c %s openssl.crl) bytes (PEM), median $median ms of$best ms"
ours=$(openssl crl -inform DER -in upki-sim.crl -noout -text | grep -c 'Serial Number:' || true)
echo "check: upki-sim CRL parsed by openssl with $ours entries; signature: $(openssl crl -inform DER -in upki-sim.crl -noout -CAfile ca.pem 2>&1)"
