#!/usr/bin/env bash
# Proves the README's two commands on a fresh Debian 12: debootstraps a minbase bookworm root,
# clones the project into ROOT/work/main (../shared beside it when the host has one) and runs
# the two ```sh blocks under "## Two commands" of the README *of the commit under test*,
# verbatim, as root in a chroot. Prints PASS/FAIL and the time of each command, and the ctest
# summary; exits non-zero when a command fails.
#
# Each command gets its own fresh root: debootstrap runs once into a pristine base, which is
# copied for each command, so the second command cannot lean on packages or a build the first
# left behind (it must install and build everything itself, as the README promises). Only the
# downloaded .deb files are shared between the two roots, to save the mirror a second download.
#
# Usage (as root): .ci/fresh_machine.sh [--keep] [--work DIR] [REF]
#   REF      commit or branch of this repository to test (default: HEAD)
#   --keep   leave the roots in place (default: deleted at the end; the logs are always kept)
#   --work   where the roots go (default: a new folder under /var/tmp)
#   --only N run command N (1 or 2) alone, e.g. to prove a change that touched only the tests
set -euo pipefail

keep=0
work=""
ref=HEAD
only=""
while [ $# -gt 0 ]; do
  case "$1" in
    --keep) keep=1 ;;
    --work) work="$2"; shift ;;
    --only) only="$2"; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) echo "fresh_machine: unknown option $1" >&2; exit 64 ;;
    *) ref="$1" ;;
  esac
  shift
done
[ "$(id -u)" -eq 0 ] || { echo "fresh_machine: needs root (debootstrap, chroot, mount)" >&2; exit 64; }

repo="$(git rev-parse --show-toplevel)"
commit="$(git -C "$repo" rev-parse --verify "$ref^{commit}")"
shared="$repo/../shared"
mirror=http://deb.debian.org/debian
work="${work:-$(mktemp -d /var/tmp/ogi-fresh.XXXXXX)}"
mkdir -p "$work"
work="$(cd "$work" && pwd)"
logs="$(mktemp -d /var/tmp/ogi-fresh-logs.XXXXXX)"
echo "fresh_machine: commit $commit, roots in $work, logs in $logs"

# --- mounts a chroot needs, undone on every exit ----------------------------------------------
mounted=()  # innermost last
mount_in() {  # mount_in TARGET MOUNT-ARGS...
  local target="$1"; shift
  mount "$@" "$target"
  mounted+=("$target")
}
unmount_all() {
  local i
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
    umount "${mounted[i]}" 2>/dev/null || umount -l "${mounted[i]}" || true
  done
  mounted=()
}
# Nothing may stay mounted under a root that is about to be deleted: rm -rf would go through a
# bind of /dev into the host's devices.
still_mounted_under() {
  awk -v dir="$1/" 'index($2 "/", dir) == 1 { found = 1 } END { exit !found }' /proc/self/mounts
}
cleanup() {
  unmount_all
  if [ "$keep" -eq 1 ]; then
    echo "fresh_machine: roots kept in $work"
  elif still_mounted_under "$work"; then
    echo "fresh_machine: something is still mounted under $work; not deleting it" >&2
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

# --- the two commands, from the README of the commit under test -------------------------------
git clone --quiet --no-checkout "$(git -C "$repo" rev-parse --path-format=absolute --git-common-dir)" \
  "$work/project"
git -C "$work/project" checkout --quiet --detach "$commit"
# The ```sh blocks between "## Two commands" and the next heading, one command per block.
mapfile -d '' -t commands < <(awk '
  /^## Two commands/ { inside = 1; next }
  inside && /^#/ && !block { exit }
  inside && /^```sh$/ { block = 1; text = ""; next }
  inside && block && /^```$/ { block = 0; printf "%s%c", text, 0; next }
  inside && block { text = (text == "" ? $0 : text "\n" $0) }
' "$work/project/README.md")
if [ ${#commands[@]} -ne 2 ]; then
  echo "fresh_machine: expected 2 sh blocks under \"## Two commands\" in README.md, found ${#commands[@]}" >&2
  exit 1
fi

# --- one pristine minbase root ----------------------------------------------------------------
if ! command -v debootstrap >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
fi
start=$(date +%s)
debootstrap --variant=minbase bookworm "$work/base" "$mirror" >"$logs/debootstrap.log" 2>&1 || {
  tail -20 "$logs/debootstrap.log" >&2; echo "fresh_machine: debootstrap failed" >&2; exit 1; }
# What a regular Debian 12 install lists: the release, its updates and security.
cat >"$work/base/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb http://deb.debian.org/debian-security bookworm-security main
EOF
echo "fresh_machine: debootstrap took $(($(date +%s) - start)) s"
mkdir -p "$work/apt-archives/partial"

# run_in_fresh_root NUMBER COMMAND: copies the base, puts the project in, runs COMMAND in
# /work/main; the log is $logs/command-NUMBER.log.
run_in_fresh_root() {
  local number="$1" command="$2" root="$work/root$1"
  cp -a "$work/base" "$root"
  cp /etc/resolv.conf "$root/etc/resolv.conf"
  mkdir -p "$root/work"
  cp -a "$work/project" "$root/work/main"
  if [ -d "$shared" ]; then  # what the tests read: ../shared/{dev,seeds,spec}
    mkdir -p "$root/work/shared"
    for part in dev seeds spec; do
      [ -d "$shared/$part" ] && cp -a "$shared/$part" "$root/work/shared/"
    done
  fi
  mount_in "$root/proc" -t proc proc
  mount_in "$root/sys" -t sysfs sysfs
  mount_in "$root/dev" --bind /dev
  mount_in "$root/dev/pts" --bind /dev/pts
  mount_in "$root/dev/shm" -t tmpfs tmpfs
  mount_in "$root/var/cache/apt/archives" --bind "$work/apt-archives"
  local status=0
  chroot "$root" /usr/bin/env -i HOME=/root TERM=dumb \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    /bin/bash -c "cd /work/main && $command" >"$logs/command-$number.log" 2>&1 || status=$?
  unmount_all
  [ "$keep" -eq 1 ] || still_mounted_under "$root" || rm -rf "$root"
  return "$status"
}

failed=0
results=()
for number in 1 2; do
  [ -z "$only" ] || [ "$only" = "$number" ] || continue
  command="${commands[number - 1]}"
  echo "fresh_machine: command $number: $command"
  start=$(date +%s)
  status=0
  run_in_fresh_root "$number" "$command" || status=$?
  seconds=$(($(date +%s) - start))
  verdict=PASS
  [ "$status" -eq 0 ] || { verdict=FAIL; failed=1; }
  results+=("command $number: $verdict (exit $status) in $((seconds / 60)) min $((seconds % 60)) s")
  echo "fresh_machine: ${results[-1]}"
  [ "$status" -eq 0 ] || tail -30 "$logs/command-$number.log"
done

echo
echo "fresh_machine: commit $commit"
printf 'fresh_machine: %s\n' "${results[@]}"
# The ctest summary and the tests that failed, from the command that ran ctest.
grep -h -E 'tests passed|tests failed out of|Total Test time' "$logs"/command-*.log || true
grep -h -A100 'The following tests FAILED' "$logs"/command-*.log | grep -E '^\s+[0-9]+ - ' || true
grep -h -m1 '"agency"' "$logs/command-1.log" || true
echo "fresh_machine: logs in $logs"
exit "$failed"
