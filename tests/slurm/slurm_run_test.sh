#!/usr/bin/env bash
# The README's Slurm recipe run for real (ctest `slurm_run`): a one-node Slurm (munged, slurmctld
# and slurmd of Debian's slurm-wlm and munge, started by hand as root with a slurm.conf of their
# own in a scratch folder), packaging/slurm/shards.sh as a 4-task array over committed fixtures,
# packaging/slurm/merge.sh after it with --dependency=afterok; the merged corpus must equal one
# unsharded `ogi batch` of the same list. The README shows those two files verbatim (checked
# here). Every daemon is stopped at the end, on failure too. Exit 77 (skipped) only when the
# Slurm or munge programs are not installed; anything else that keeps Slurm from running fails.
#   slurm_run_test.sh OGI_BINARY
set -uo pipefail
ogi=$(realpath "$1")
cd "$(dirname "$0")/../.."
source_dir=$PWD
shards_count=4

fail() {
  echo "slurm_run: $*" >&2
  exit 1
}
for program in munged mungekey slurmctld slurmd sbatch sinfo scancel scontrol; do
  command -v "$program" >/dev/null ||
    { echo "slurm_run: skipped: $program is not installed (apt-get install slurm-wlm munge)"; exit 77; }
done
[ "$(id -u)" -eq 0 ] || fail "needs root: slurmd starts jobs as their user and munged keeps a key"

# The README must show the scripts this test runs, byte for byte, each in a fenced block.
for recipe in shards merge; do
  /usr/bin/python3 - "$source_dir/README.md" "packaging/slurm/$recipe.sh" <<'EOF' ||
import re, sys
readme, recipe = open(sys.argv[1], encoding="utf-8").read(), open(sys.argv[2], encoding="utf-8").read()
sys.exit(0 if "```sh\n" + recipe + "```\n" in readme else 1)
EOF
    fail "README.md does not show packaging/slurm/$recipe.sh verbatim"
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/ogi_slurm.XXXXXX")
chmod 755 "$scratch"  # slurmstepd and munged check their folders; the jobs run as root anyway
daemon_pids=()
jobs=()
stop_daemons() {
  # Jobs first: their slurmstepd and ogi outlive slurmd. Then the daemons in reverse order of
  # starting (slurmd, slurmctld, munged): SIGTERM, SIGKILL after 10 s.
  local i pid
  if [ ${#jobs[@]} -gt 0 ]; then
    scancel "${jobs[@]}" 2>/dev/null
    for _ in $(seq 50); do [ -z "$(squeue -h -j "$(IFS=,; echo "${jobs[*]}")" 2>/dev/null)" ] && break; sleep 0.2; done
  fi
  for ((i = ${#daemon_pids[@]} - 1; i >= 0; i--)); do
    pid=${daemon_pids[$i]}
    kill -TERM "$pid" 2>/dev/null || continue
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null
  done
  rm -rf "$scratch"
}
trap stop_daemons EXIT
trap 'exit 1' INT TERM HUP
show_logs() {
  local log
  for log in "$scratch"/log/* "$scratch"/jobs/*.out; do
    [ -f "$log" ] && { echo "--- $log"; tail -n 40 "$log"; }
  done
}
fail_with_logs() {
  show_logs >&2
  fail "$@"
}

# A port nothing listens on, from a range apart from the usual services (bash's /dev/tcp connects
# where a listener is; iproute2 may be absent).
# Below Linux's ephemeral range (32768 on), so outgoing connections do not take it meanwhile.
free_port() {
  local port
  for _ in $(seq 50); do
    port=$((20000 + RANDOM % 12000))
    [ "$port" != "${1:-}" ] || continue
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
  fail "no free TCP port found"
}

mkdir -p "$scratch"/{munge,state,spool,log,jobs,out}
chmod 700 "$scratch/munge"
# munged of our own: its own key, socket, pid, seed and log, so that a munged the machine runs (or
# lacks) and /etc/munge do not matter. --force: munged refuses to run as root without it.
mungekey --create --keyfile="$scratch/munge/munge.key" || fail "mungekey failed"
chmod 400 "$scratch/munge/munge.key"
socket=$scratch/munge/munge.socket
munged --force --origin=127.0.0.1 --socket="$socket" --key-file="$scratch/munge/munge.key" \
  --pid-file="$scratch/munge/munged.pid" --seed-file="$scratch/munge/munged.seed" \
  --log-file="$scratch/log/munged.log" || fail_with_logs "munged did not start"
daemon_pids+=("$(cat "$scratch/munge/munged.pid")")

# The node is this machine under its short host name (slurmctld only runs where SlurmctldHost
# says; uname, as the `hostname` program may be missing), reached at 127.0.0.1 so that /etc/hosts
# need not know that name. CPUs and memory are what slurmd itself finds (`slurmd -C`), memory less
# 10 % so that it never drains the node for having less than configured.
host=$(uname -n)
host=${host%%.*}
[ -n "$host" ] || fail "this machine has no host name"
hardware=$(slurmd -C | head -n 1) || fail "slurmd -C failed"
cpus=$(sed -n 's/.* CPUs=\([0-9]*\).*/\1/p' <<<"$hardware")
memory=$(sed -n 's/.* RealMemory=\([0-9]*\).*/\1/p' <<<"$hardware")
[ -n "$cpus" ] && [ -n "$memory" ] || fail "cannot read CPUs and RealMemory from: $hardware"
memory=$((memory * 9 / 10))
controller_port=$(free_port)
node_port=$(free_port "$controller_port")
export SLURM_CONF=$scratch/slurm.conf
cat >"$SLURM_CONF" <<EOF
ClusterName=ogi-test
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$controller_port
SlurmdPort=$node_port
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$socket
StateSaveLocation=$scratch/state
SlurmdSpoolDir=$scratch/spool
SlurmctldPidFile=$scratch/slurmctld.pid
SlurmdPidFile=$scratch/slurmd.pid
SlurmctldLogFile=$scratch/log/slurmctld.log
SlurmdLogFile=$scratch/log/slurmd.log
SlurmctldDebug=info
SlurmdDebug=info
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SwitchType=switch/none
MpiDefault=none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
ReturnToService=2
# A merge whose shards failed is cancelled instead of pending for ever.
DependencyParameters=kill_invalid_depend
# Finished jobs stay visible to scontrol for the checks below.
MinJobAge=600
PlugStackConfig=$scratch/plugstack.conf
NodeName=$host NodeAddr=127.0.0.1 NodeHostname=$host CPUs=$cpus RealMemory=$memory State=UNKNOWN
PartitionName=ogi Nodes=$host Default=YES MaxTime=INFINITE State=UP
EOF

# No SPANK plugins (the default plugstack.conf of /etc/slurm would do too, but must not matter).
: >"$scratch/plugstack.conf"
# slurmd 22.05 loads a cgroup plugin whatever ProctrackType and TaskPlugin say, and the default,
# autodetect, fails where no cgroup file system is mounted (a chroot, many containers). cgroup/v1
# only looks for its hierarchy when a plugin uses it, and none here does.
echo "CgroupPlugin=cgroup/v1" >"$scratch/cgroup.conf"

# -i: ignore state of an earlier cluster (there is none in a fresh StateSaveLocation anyway).
# start_daemon NAME ARGS...: NAME forks into the background and writes its pid file when up.
start_daemon() {
  local name=$1 pid_file=$scratch/$1.pid
  "$@" || fail_with_logs "$name did not start"
  for _ in $(seq 100); do [ -s "$pid_file" ] && break; sleep 0.1; done
  [ -s "$pid_file" ] || fail_with_logs "$name wrote no pid file in 10 s"
  daemon_pids+=("$(cat "$pid_file")")
}
start_daemon slurmctld -i
start_daemon slurmd -N "$host"
node_state=
for _ in $(seq 60); do
  node_state=$(sinfo -h -N -o '%T' 2>/dev/null | head -n 1)
  [[ $node_state == idle* ]] && break
  sleep 0.5
done
[[ $node_state == idle* ]] || fail_with_logs "the node is '$node_state', not idle, after 30 s"

# Inputs of several formats, readable and not (an unreadable input makes `ogi batch` exit 2, and
# the shards must still count as done for the merge to run). fixtures/batch holds three years of
# one agency, so T3-6 compares reports that different shards read. No scans or office files: they
# are slow (OCR, LibreOffice) and other tests read them.
list=$scratch/inputs.lst
{
  ls "$source_dir"/fixtures/batch/*.docx
  ls "$source_dir"/fixtures/html/*.html
  ls "$source_dir"/fixtures/mht/*.mht
  printf '%s\n' "$source_dir"/fixtures/docx/{report_2019,report_2021,inconsistent_t3}.docx
  printf '%s\n' "$source_dir"/fixtures/pdf/{blank_cells_2021,borderless_2021,corrupt}.pdf
  printf '%s\n' "$source_dir"/fixtures/bad/{not_a_zip,empty}.docx
} >"$list"
inputs=$(wc -l <"$list")
[ "$inputs" -ge 12 ] || fail "only $inputs fixture inputs"

# The jobs find the ogi under test first on PATH (sbatch passes the environment on).
export PATH=$(dirname "$ogi"):$PATH
started=$SECONDS
array_job=$(sbatch --parsable --array=1-$shards_count --cpus-per-task=1 --mem=1G --time=10 \
  --chdir="$scratch" --output="$scratch/jobs/shard_%a.out" \
  packaging/slurm/shards.sh "$list" "$scratch/shards") || fail_with_logs "sbatch of shards.sh failed"
jobs+=("$array_job")
merge_job=$(sbatch --parsable --dependency="afterok:$array_job" --cpus-per-task=1 --mem=1G \
  --time=10 --chdir="$scratch" --output="$scratch/jobs/merge.out" \
  packaging/slurm/merge.sh "$scratch/out/merged" "$scratch/shards") ||
  fail_with_logs "sbatch of merge.sh failed"
jobs+=("$merge_job")
echo "slurm_run: array job $array_job (${shards_count} shards of $inputs inputs), merge job $merge_job"

job_state() { scontrol show job "$1" 2>/dev/null | grep -o 'JobState=[A-Z_]*' | cut -d= -f2; }
for _ in $(seq 300); do
  [ "$(job_state "$merge_job")" = COMPLETED ] && break
  case "$(job_state "$merge_job")" in FAILED | CANCELLED | TIMEOUT | NODE_FAIL | OUT_OF_MEMORY)
    break ;;
  esac
  sleep 0.5
done
merge_state=$(job_state "$merge_job")
array_states=$(scontrol show job "$array_job" | grep -o 'JobState=[A-Z_]*' | sort | uniq -c | xargs)
echo "slurm_run: after $((SECONDS - started)) s: shards $array_states; merge $merge_state"
[ "$array_states" = "$shards_count JobState=COMPLETED" ] ||
  fail_with_logs "the array's tasks did not all complete: $array_states"
[ "$merge_state" = COMPLETED ] || fail_with_logs "the merge job is $merge_state, not COMPLETED"

# Every shard ran in a task of its own and read its share.
for i in $(seq $shards_count); do
  [ -s "$scratch/shards/$i/manifest.jsonl" ] || fail_with_logs "shard $i has no manifest"
  shard_records=$(wc -l <"$scratch/shards/$i/reports.jsonl")
  [ "$shard_records" -eq $(((inputs - i) / shards_count + 1)) ] ||
    fail "shard $i holds $shard_records records, not every ${shards_count}th of $inputs"
done

# The same list in one unsharded batch, outside Slurm.
"$ogi" batch @"$list" -j 2 --out "$scratch/out/whole" 2>"$scratch/log/whole.log"
status=$?
[ "$status" -eq 2 ] || fail "unsharded ogi batch exited $status, not 2 (inputs it cannot read are in the list)"
[ "$(wc -l <"$scratch/out/whole/reports.jsonl")" -eq "$inputs" ] || fail "unsharded records"

# Records hold nothing volatile (no timings, host or worker names: `ogi batch` on one machine
# and merged shards must agree byte for byte, README "Sharded over several machines"), so the
# corpus files are compared whole, in input order. As a second view that names what differs,
# reports.jsonl is also compared record by record as canonical JSON (sorted keys).
for file in reports.jsonl cells.csv findings.csv; do
  cmp -s "$scratch/out/whole/$file" "$scratch/out/merged/$file" && continue
  /usr/bin/python3 - "$scratch/out/whole/reports.jsonl" "$scratch/out/merged/reports.jsonl" <<'EOF'
import json, sys
whole, merged = ([json.dumps(json.loads(line), sort_keys=True) for line in open(path, encoding="utf-8")]
                 for path in sys.argv[1:])
for i, (a, b) in enumerate(zip(whole, merged)):
    if a != b:
        print(f"record {i + 1} differs:\n  whole:  {a[:400]}\n  merged: {b[:400]}")
print(f"{len(whole)} records unsharded, {len(merged)} merged")
EOF
  fail "merged $file differs from the unsharded run's"
done
# T3-6 compares one agency's consecutive years, which different shards read: the merge must have
# run the checks across reports on the whole corpus.
grep -q ',T3-6,' "$scratch/out/merged/findings.csv" || fail "no T3-6 finding in the merged corpus"
for i in $(seq $shards_count); do
  ! grep -q ',T3-6,' "$scratch/shards/$i/findings.csv" || fail "shard $i alone found T3-6"
done
echo "slurm_run: $inputs inputs in $shards_count Slurm shards merged equal one unsharded batch" \
  "($((SECONDS - started)) s from sbatch to the check)"
