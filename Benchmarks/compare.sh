#!/bin/sh
# Runs `werkbank bench` (release) and prints werkbank's figures next to the peer tools measured
# in the same run, with ratios. Usage: Benchmarks/compare.sh [CLIENTS] (default 100000).
# Installs fzf and jq with apt-get when they are missing and this runs as root.
set -eu
clients="${1:-100000}"
cd "$(dirname "$0")/.."

missing=""
for tool in fzf jq; do command -v "$tool" >/dev/null 2>&1 || missing="$missing $tool"; done
if [ -n "$missing" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "compare: installing$missing" >&2
    apt-get install -y $missing >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get install -y $missing >/dev/null 2>&1; } || true
fi
command -v jq >/dev/null 2>&1 || { echo "compare: jq is needed to read the figures; install jq" >&2; exit 1; }

echo "compare: swift build -c release" >&2
swift build -c release --product werkbank >&2
json="$(mktemp)"
trap 'rm -f "$json"' EXIT
.build/release/werkbank bench --clients "$clients" --format json > "$json"

echo "werkbank bench, $(jq .clients "$json") clients, $(date '+%Y-%m-%d %H:%M'), $(nproc) cores, $(uname -m)"
jq -r '
  def ms: if . == null then "-" elif . >= 100 then "\(. | round) ms" else "\(. * 100 | round / 100) ms" end;
  def peer($name): .peers[$name] | if .ms then (.ms | ms) else .error end;
  def ratio($a; $name): if .peers[$name].ms then "×\($a / .peers[$name].ms * 100 | round / 100)" else "-" end;
  "| figure | werkbank | peer | peer figure | werkbank / peer |",
  "|---|---|---|---|---|",
  "| first screen (open + caseload) | \(.first_screen_ms | ms) | cat of the data | \(peer("cat")) | \(ratio(.first_screen_ms; "cat")) |",
  "| first screen (open + caseload) | \(.first_screen_ms | ms) | jq -c empty over the data | \(peer("jq")) | \(ratio(.first_screen_ms; "jq")) |",
  "| all clients loaded (background) | \(.all_clients_ms | ms) | cat of the data | \(peer("cat")) | \(ratio(.all_clients_ms; "cat")) |",
  "| their takeover on a tick (screen paused) | \(.takeover_ms | ms) | | | |",
  "| slowest report (own process) | \(.report_ms | ms) | jq -c empty over the data | \(peer("jq")) | \(ratio(.report_ms; "jq")) |",
  "| key → full frame, p50 | \(.search_p50_ms | ms) | grep -i Q < names (p50) | \(peer("grep")) | \(ratio(.search_p50_ms; "grep")) |",
  "| key → full frame, p50 | \(.search_p50_ms | ms) | fzf --filter Q < names (p50) | \(peer("fzf")) | \(ratio(.search_p50_ms; "fzf")) |",
  "| key → full frame, p99 | \(.search_p99_ms | ms) | starting /bin/true | \(peer("true")) | \(ratio(.search_p99_ms; "true")) |",
  "| sort (all clients) | \(.sort_ms | ms) | | | |",
  "| dossier with history | \(.dossier_ms | ms) | | | |",
  "| edit (fsync) p50 / p99 | \(.edit_p50_ms | ms) / \(.edit_p99_ms | ms) | | | |",
  "| edit at N vs 1,000 clients | ×\(.edit_ratio_100k_vs_1k * 100 | round / 100) | | | |",
  "| caseload frame, full 200×60 | \(.frame_ms | ms) | | | |",
  "| TUI memory, all clients loaded | \(.rss_mb | round) MB | | | |",
  "| TUI memory at its peak (while loading) | \(.peak_rss_mb | round) MB | | | |",
  "| compacting the journal in the TUI (all clients) | \(.compact_ms | ms) | | | |",
  "| TUI memory at its peak (while compacting) | \(.compact_peak_rss_mb | round) MB | | | |",
  "| data directory | \(.data_bytes / 1000000 | round) MB | | | |"
' "$json"
