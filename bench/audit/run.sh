#!/usr/bin/env bash
# Benchmark `rampart audit` against Spectral + the OWASP ruleset.
#
# Usage: bench/audit/run.sh [--reuse-spectral] [--spectral-only] [RAMPART_JAR]
#
#   RAMPART_JAR       the Rampart CLI jar (default: rampart-cli/target/rampart.jar
#                     of this repo). When it is missing, the Rampart rows say "not run".
#   --reuse-spectral  reuse Spectral results already in out/spectral/ when the input
#                     file's sha256 matches the one recorded with them (Spectral is slow).
#   --spectral-only   run only the Spectral half (the Rampart rows say "not run").
#
# Environment:
#   CORPUS            corpus directory (default: ../shared/corpus/openapi from the repo root)
#   SPECTRAL_TIMEOUT  per-file Spectral time limit in seconds (default 900)
#   RAMPART_TIMEOUT   per-run Rampart time limit in seconds (default 900)
#   RAMPART_REPEAT    Rampart runs per target (default 5; median wall time is reported)
#
# Every run is one at a time, measured with /usr/bin/time -f '%e %M' (wall seconds,
# peak RSS in KB of the largest process). Results: out/ (raw, git-ignored) and
# results-<date>.md (the table, also printed).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
CORPUS="${CORPUS:-$ROOT/../shared/corpus/openapi}"
SPECTRAL_TIMEOUT="${SPECTRAL_TIMEOUT:-900}"
RAMPART_TIMEOUT="${RAMPART_TIMEOUT:-900}"
RAMPART_REPEAT="${RAMPART_REPEAT:-5}"
OUT="$HERE/out"

REUSE_SPECTRAL=0
SPECTRAL_ONLY=0
JAR=""
for a in "$@"; do
  case "$a" in
    --reuse-spectral) REUSE_SPECTRAL=1 ;;
    --spectral-only) SPECTRAL_ONLY=1 ;;
    -h|--help) sed -n '2,21p' "$0"; exit 0 ;;
    -*) echo "unknown option: $a" >&2; exit 2 ;;
    *) JAR="$a" ;;
  esac
done
JAR="${JAR:-$ROOT/rampart-cli/target/rampart.jar}"

[ -d "$CORPUS" ] || { echo "corpus not found: $CORPUS (set CORPUS)" >&2; exit 2; }
CORPUS="$(cd "$CORPUS" && pwd)"

# --- tools ---------------------------------------------------------------
if [ ! -x /usr/bin/time ]; then
  echo "installing GNU time (Debian package 'time')" >&2
  apt-get install -y time >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y time >/dev/null; }
fi
command -v node >/dev/null || { echo "node is required" >&2; exit 2; }
command -v python3 >/dev/null || { echo "python3 is required" >&2; exit 2; }

cd "$HERE"
if [ ! -x node_modules/.bin/spectral ]; then
  echo "installing pinned Spectral + OWASP ruleset (npm ci)" >&2
  npm ci --no-audit --no-fund >&2
fi
SPECTRAL="$HERE/node_modules/.bin/spectral"   # what `npx spectral` resolves to here
cat > "$HERE/.spectral.yaml" <<'EOF'
extends: ["@stoplight/spectral-owasp-ruleset"]
EOF

mkdir -p "$OUT/spectral" "$OUT/rampart"

# Corpus: every OpenAPI document in the directory (INDEX.md and other non-spec files skipped).
mapfile -t CORPUS_FILES < <(find "$CORPUS" -maxdepth 1 -type f \( -name '*.json' -o -name '*.yaml' -o -name '*.yml' \) | LC_ALL=C sort)
[ "${#CORPUS_FILES[@]}" -gt 0 ] || { echo "no OpenAPI files in $CORPUS" >&2; exit 2; }

# --- Spectral: one file at a time, cached by checksum ---------------------
# out/spectral/NAME.{json,err,time,rc,sha256}
run_spectral() {
  local f="$1" name base
  name="$(basename "$f")"
  base="$OUT/spectral/$name"
  local sum
  sum="$(sha256sum "$f" | cut -d' ' -f1)"
  if [ "$REUSE_SPECTRAL" = 1 ] && [ -f "$base.rc" ] && [ -f "$base.time" ] \
     && [ "$(cat "$base.sha256" 2>/dev/null)" = "$sum" ]; then
    echo "spectral: $name (reused)" >&2
    return 0
  fi
  echo "spectral: $name ..." >&2
  local rc=0
  /usr/bin/time -f '%e %M' -o "$base.time" \
    timeout --kill-after=10 "$SPECTRAL_TIMEOUT" \
    "$SPECTRAL" lint "$f" --ruleset "$HERE/.spectral.yaml" --format json \
    >"$base.json" 2>"$base.err" || rc=$?
  echo "$rc" > "$base.rc"
  echo "$sum" > "$base.sha256"
  echo "spectral: $name rc=$rc $(tail -1 "$base.time")" >&2
}

# --- Rampart: one run per target; the corpus in one run -------------------
# out/rampart/TARGET/{report dir, err, time.N, load.N, rc}
run_rampart() {
  local target="$1"; shift
  local d="$OUT/rampart/$target"
  rm -rf "$d"; mkdir -p "$d/report"
  local i rc=0
  # Repeated (RAMPART_REPEAT, default 5): the machine is shared, so one run can be
  # slowed by other work; the table takes the median wall time and the largest RSS.
  for i in $(seq 1 "$RAMPART_REPEAT"); do
    echo "rampart: $target ($# files) run $i/$RAMPART_REPEAT, load $(cut -d' ' -f1-3 /proc/loadavg) ..." >&2
    cut -d' ' -f1-3 /proc/loadavg > "$d/load.$i"
    rc=0
    /usr/bin/time -f '%e %M' -o "$d/time.$i" \
      timeout --kill-after=10 "$RAMPART_TIMEOUT" \
      java -jar "$JAR" audit "$@" --format json --output "$d/report" \
      >"$d/out" 2>"$d/err" || rc=$?
    echo "$rc" > "$d/rc"
    echo "rampart: $target rc=$rc $(tail -1 "$d/time.$i")" >&2
    [ "$rc" = 0 ] || break
  done
}

for f in "${CORPUS_FILES[@]}"; do
  run_spectral "$f"
done

RAMPART_RAN=0
if [ "$SPECTRAL_ONLY" = 0 ] && [ -f "$JAR" ]; then
  RAMPART_RAN=1
  java -version 2>&1 | head -1 > "$OUT/rampart/java-version"
  java -jar "$JAR" --version > "$OUT/rampart/version" 2>&1 || true
  run_rampart github-api "$CORPUS/github-api.3.0.json"
  run_rampart stripe "$CORPUS/stripe.3.0.json"
  run_rampart corpus "${CORPUS_FILES[@]}"
elif [ "$SPECTRAL_ONLY" = 0 ]; then
  echo "rampart jar not found: $JAR (Rampart rows: not run)" >&2
fi

# --- table -----------------------------------------------------------------
DATE="$(date -u +%Y-%m-%d)"
RESULTS="$HERE/results-$DATE.md"
python3 "$HERE/summarize.py" --out "$OUT" --rampart-ran "$RAMPART_RAN" \
  --spectral-timeout "$SPECTRAL_TIMEOUT" --rampart-timeout "$RAMPART_TIMEOUT" \
  --spectral-version "$("$SPECTRAL" --version 2>/dev/null | tail -1)" \
  --corpus "$CORPUS" -- "${CORPUS_FILES[@]}" > "$RESULTS"
cat "$RESULTS"
echo >&2
echo "written: $RESULTS" >&2
