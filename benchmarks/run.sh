#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs every jixiao benchmark on the Potou example, in one go, and prints one Markdown report:
#   JMH: jixiao (compile, render, validate, JSON read, data tree, whole request, throughput on 1 and
#        2 threads, allocation per op), poi-tl 1.12.2 on the same document, the docx4j and zip floors;
#   whole process: cold `./jixiao render` (wall, peak RSS, median of 5), `./jixiao batch` over 1,000
#        copies, `-Xmx64m`; the same through the library without the CLI, and poi-tl cold; a fresh
#        JVM's first `Reports.document` and a custom template's cold compile (JVM start to result).
#
# Usage: benchmarks/run.sh [quick|full] [--no-build] [--readme]
#   quick   JMH fork 1, warm-up 3×1 s, measurement 5×1 s   (about 3 minutes, build excluded)
#   full    JMH fork 2, warm-up 5×2 s, measurement 10×2 s  (under 15 minutes)
#   --no-build  use benchmarks/target/benchmarks.jar as it is
#   --readme    also put the report between the results markers of benchmarks/README.md
# Results: benchmarks/target/results/{jmh.json,jmh.txt,process.properties,results.md}
# Needs JDK 17+ and Maven; /usr/bin/time (Debian package `time`) for peak RSS, else RSS is n/a.
set -euo pipefail

mode=quick build=auto readme=no command=$(echo "benchmarks/run.sh $*" | sed "s/ *$//")
for arg in "$@"; do
  case "$arg" in
    quick|full) mode=$arg ;;
    --no-build) build=no ;;
    --readme) readme=yes ;;
    *) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2; exit 2 ;;
  esac
done

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
jar=benchmarks/target/benchmarks.jar
results=benchmarks/target/results
json=examples/src/main/resources/org/jixiao/examples/potou-2022.json
work=$(mktemp -d "${TMPDIR:-/tmp}/jixiao-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$results"
props=$results/process.properties
: >"$props"
started=$(date +%s)

# Quick mode leaves out the 1-thread throughput benchmarks (the report derives them from the average
# times) and, when the CLI is there, the library-only whole-process rows: they cost minutes.
case $mode in
  quick) jmh_opts=(-f 1 -wi 3 -w 1s -i 5 -r 1s -e 'renderThroughput1Thread') ;;
  full)  jmh_opts=(-f 2 -wi 5 -w 2s -i 10 -r 2s) ;;
esac

# --- build --------------------------------------------------------------------------------------
modules=benchmarks
sources=(pom.xml core templates-docx report-docx testing-docx examples benchmarks)
has_cli=no
if [ -f cli/pom.xml ]; then modules=benchmarks,cli; sources+=(cli); has_cli=yes; fi
if [ "$build" = auto ]; then
  # Rebuild when a POM or anything under a module's src/ is newer than the jar.
  if [ ! -f "$jar" ] || [ -n "$(find "${sources[@]}" -path '*/target' -prune -o -type f \( -name pom.xml -o -path '*/src/*' \) \
        -newer "$jar" -print | head -1)" ]; then
    build=yes
  fi
fi
if [ "$build" = yes ]; then
  echo "== building ($modules, tests skipped)" >&2
  mvn -B -q -pl "$modules" -am package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true >&2
fi

# --- machine ------------------------------------------------------------------------------------
cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //' || echo unknown)
java_version=$(java -version 2>&1 | sed -n '1p;3p' | paste -sd ';' | sed 's/;/, /')
load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)

# --- JMH ----------------------------------------------------------------------------------------
echo "== JMH ($mode) at $(( $(date +%s) - started )) s" >&2
java -jar "$jar" 'org\.jixiao\.benchmarks\..*Benchmarks\.' "${jmh_opts[@]}" -prof gc \
  -rf json -rff "$results/jmh.json" | tee "$results/jmh.txt" | grep -E '^(# Benchmark:|Benchmark|[A-Za-z]+Benchmarks\.)' >&2

# --- whole process ------------------------------------------------------------------------------
probe=(java -cp "$jar" org.jixiao.benchmarks.process.Probe)
have_time=no
if [ -x /usr/bin/time ]; then have_time=yes; else
  echo "warning: /usr/bin/time not found (Debian: apt-get install time); peak RSS is n/a" >&2
fi

# run_timed LOG CMD...: runs CMD, appends "wall_s rss_kb exit" to LOG.
run_timed() {
  local log=$1; shift
  local status=0
  if [ $have_time = yes ]; then
    /usr/bin/time -f '%e %M' -o "$work/t" "$@" >"$work/stdout" 2>"$work/stderr" || status=$?
    echo "$(tail -1 "$work/t") $status" >>"$log"
  else
    local t0 t1
    t0=$(date +%s%N)
    "$@" >"$work/stdout" 2>"$work/stderr" || status=$?
    t1=$(date +%s%N)
    echo "$(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.3f", (b-a)/1e9}') n/a $status" >>"$log"
  fi
  return $status
}

median() { sort -n | awk '{v[NR]=$1} END{if (NR==0) print "n/a"; else print v[int((NR+1)/2)]}'; }

# measure KEY RUNS OUTPUT CMD...: RUNS timed runs of CMD writing OUTPUT; medians and the check result.
measure() {
  local key=$1 runs=$2 output=$3; shift 3
  local log=$work/$key.log result=ok
  : >"$log"
  for _ in $(seq "$runs"); do
    rm -f "$output"
    if ! run_timed "$log" "$@"; then
      result="failed (exit $(tail -1 "$log" | cut -d' ' -f3)): $(grep -v -E 'SLF4J|StatusLogger|HV0|Picked up' "$work/stderr" | tail -1)"
      break
    fi
  done
  if [ "$result" = ok ]; then
    if "${probe[@]}" check "$output" >/dev/null 2>"$work/check"; then
      result="ok, output checked"
    else
      result="output check failed: $(tail -1 "$work/check")"
    fi
  fi
  {
    echo "$key.wall_s=$(cut -d' ' -f1 "$log" | median)"
    echo "$key.rss_kb=$(cut -d' ' -f2 "$log" | grep -v n/a | median)"
    echo "$key.runs=$(wc -l <"$log")"
    echo "$key.result=$result"
  } >>"$props"
  echo "   $key: $(cut -d' ' -f1 "$log" | median) s, $(cut -d' ' -f2 "$log" | grep -v n/a | median) KB, $result" >&2
}

echo "== whole process at $(( $(date +%s) - started )) s" >&2
mkdir -p "$work/batch-in"
for i in $(seq -w 1 1000); do cp "$json" "$work/batch-in/potou-$i.json"; done

cli_ready=no
if [ $has_cli = yes ] && [ -x ./jixiao ] && ./jixiao --help >/dev/null 2>&1; then cli_ready=yes; fi

# Where a cold render's time goes, one run.
echo "lib.cold.phases=$(java -Dprobe.phases=true -cp "$jar" org.jixiao.benchmarks.process.Probe jixiao-render \
  "$json" "$work/phases.docx" 2>&1 | grep ' ms$' | sed 's/^ *//; s/  */ /g' | paste -sd ';' | sed 's/;/; /g')" >>"$props"
# Through the library, without the CLI (the benchmarks jar is the classpath); in quick mode only
# when there is no CLI to measure.
if [ $mode = full ] || [ $cli_ready = no ]; then
  measure lib.cold 5 "$work/lib.docx" "${probe[@]}" jixiao-render "$json" "$work/lib.docx"
  measure lib.batch 1 "$work/lib-batch/potou-0001.docx" "${probe[@]}" jixiao-batch "$work/batch-in" "$work/lib-batch" 2
  echo "lib.batch.reports=$(find "$work/lib-batch" -name '*.docx' | wc -l)" >>"$props"
  echo "lib.batch.inprocess=$(cat "$work/stdout")" >>"$props"
  measure lib.xmx64run 1 "$work/lib64.docx" java -Xmx64m -cp "$jar" org.jixiao.benchmarks.process.Probe \
    jixiao-render "$json" "$work/lib64.docx"
else
  echo "lib.note=left out in quick mode (run full)" >>"$props"
fi

# A fresh JVM's first report (read the JSON, validate, render through the library) and a custom
# template compiled cold (the official .docx, as exported, through DocxTemplate.compile): each probe
# prints the milliseconds from its launch, passed as -Dprobe.launched (date +%s%N right before java
# starts), to the document's bytes / the compiled template. Medians of 5; all five are kept.
# startup KEY OUTPUT PROBE-ARGS...: OUTPUT (if not empty) is checked after the runs.
startup() {
  local key=$1 output=$2 result=ok ms values=""; shift 2
  for _ in 1 2 3 4 5; do
    [ -z "$output" ] || rm -f "$output"
    if ! ms=$(java -Dprobe.launched="$(date +%s%N)" -cp "$jar" org.jixiao.benchmarks.process.Probe "$@" 2>"$work/stderr"); then
      result="failed: $(grep -v -E 'SLF4J|StatusLogger|HV0|Picked up' "$work/stderr" | tail -1)"
      break
    fi
    values="$values $ms"
  done
  if [ "$result" = ok ] && [ -n "$output" ]; then
    if "${probe[@]}" check "$output" >/dev/null 2>"$work/check"; then
      result="ok, output checked"
    else
      result="output check failed: $(tail -1 "$work/check")"
    fi
  fi
  {
    # shellcheck disable=SC2086 # one value a line
    echo "$key.ms=$(if [ "$result" = "${result#failed}" ]; then printf '%s\n' $values | median; else echo n/a; fi)"
    echo "$key.runs_ms=${values# }"
    echo "$key.result=$result"
  } >>"$props"
  echo "   $key: ${values# } ms, $result" >&2
}
startup lib.first "$work/first.docx" first-render "$json" "$work/first.docx"
"${probe[@]}" official-docx "$work/custom-template.docx"
startup lib.compile "" compile "$work/custom-template.docx"

# poi-tl, cold: the equivalent template and the model (the same data as a JSON map) are written once,
# as an OA application has them; the timed process reads the model, compiles, renders and writes.
"${probe[@]}" poitl-template "$work/poitl-template.docx" 2>/dev/null
measure poitl.cold 5 "$work/poitl.docx" "${probe[@]}" poitl-render "$work/poitl-template.docx" \
  "$work/poitl-template.docx.model.json" "$work/poitl.docx"

# The CLI, when it is there.
if [ $cli_ready = yes ]; then
  measure cli.cold 5 "$work/cli.docx" ./jixiao render "$json" -o "$work/cli.docx"
  measure cli.batch 1 "$work/cli-batch/potou-0001.docx" ./jixiao batch "$work/batch-in" -o "$work/cli-batch" --threads 2
  echo "cli.batch.reports=$(find "$work/cli-batch" -name '*.docx' | wc -l)" >>"$props"
  # The launcher runs `java -jar`, so the heap limit goes through JAVA_TOOL_OPTIONS.
  measure cli.xmx64run 1 "$work/cli64.docx" env JAVA_TOOL_OPTIONS=-Xmx64m ./jixiao render "$json" -o "$work/cli64.docx"
  echo "cli.xmx64=$(grep '^cli.xmx64run.result=' "$props" | cut -d= -f2-)" >>"$props"
else
  echo "cli.note=cli not yet available" >>"$props"
  echo "   cli: not measured (no cli module or ./jixiao launcher)" >&2
fi

# --- report -------------------------------------------------------------------------------------
echo "== report at $(( $(date +%s) - started )) s" >&2
load_after=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)
{
  echo "Run: \`$command\` on $(date -u '+%Y-%m-%d %H:%M UTC'), commit $commit, $(( $(date +%s) - started )) s."
  echo
  echo "Machine: $(nproc) cores, $cpu, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo) RAM;"
  echo "$java_version; load average (1/5/15 min) $load_before before, $load_after after."
  echo
  java -cp "$jar" org.jixiao.benchmarks.report.ResultsTable "$results/jmh.json" "$props"
} >"$results/results.md"

if [ $readme = yes ]; then
  awk -v file="$results/results.md" '
    /<!-- results:start -->/ { print; while ((getline line < file) > 0) print line; skip=1; next }
    /<!-- results:end -->/ { skip=0 }
    !skip' benchmarks/README.md >"$work/README.md" && cp "$work/README.md" benchmarks/README.md
fi
cat "$results/results.md"
