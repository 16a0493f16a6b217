#!/usr/bin/env bash
# Installs a medaid-desk .deb as a township's PC would (apt-get install ./…deb), runs its self-test from
# the installed place, removes and purges it, and checks that nothing of the package is left but the
# users' data (ADR 0039). Run by .ci/run on its clean machine.
#
# Usage (as root): packaging/linux/install-check.sh target/dist/medaid-desk_<ver>-1_amd64.deb
# Safe on a machine that matters: it refuses when medaid-desk is installed already (the check would remove
# it) or /opt/medaid-desk exists, runs the self-test with a throwaway HOME, holds a lock against a second
# check, and purges the package it installed when a check fails. The dependencies apt pulls in stay.
set -euo pipefail

fail() {
  echo "FAIL (install check): $*" >&2
  exit 1
}
[ $# = 1 ] && [ -f "$1" ] || fail "usage: $0 PACKAGE.deb"
deb="$(readlink -f "$1")"
[ "$(id -u)" = 0 ] || fail "needs root (apt-get install and remove)"
command -v apt-get >/dev/null || fail "no apt-get on this machine"
exec 9>/var/lock/medaid-desk-install-check.lock
flock -n 9 || fail "another install check is running"
state="$(dpkg-query -W -f='${db:Status-Status}' medaid-desk 2>/dev/null || true)"
[ -z "$state" ] || [ "$state" = not-installed ] || fail "medaid-desk is already on this machine ($state); this check would remove it"
[ ! -e /opt/medaid-desk ] || fail "/opt/medaid-desk exists already; not touching it"

work="$(mktemp -d)"
home="$work/home"
mkdir -p "$home"
installed=0
cleanup() {
  local code=$?
  if [ "$code" != 0 ] && [ "$installed" = 1 ]; then
    echo "install check failed: purging the medaid-desk it installed" >&2
    DEBIAN_FRONTEND=noninteractive dpkg --purge medaid-desk >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
step() {
  echo "-- $1: $(( ($(date +%s%N) - t0) / 1000000 )) ms"
}

# what the package holds: files and folders (folders shared with other packages may stay)
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|; s|/$||' | grep -v '^$' > "$work/contents"
[ -s "$work/contents" ] || fail "cannot list $deb"

t0=$(date +%s%N)
if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$deb" > "$work/install.log" 2>&1; then
  installed=1
  cat "$work/install.log" >&2
  fail "apt-get install $deb failed (output above)"
fi
installed=1
step "apt-get install ./$(basename "$deb") (with its dependencies)"
[ "$(dpkg-query -W -f='${db:Status-Abbrev}' medaid-desk)" = "ii " ] \
  || fail "medaid-desk is not fully installed: $(dpkg-query -W -f='${db:Status-Abbrev}' medaid-desk)"
for f in /opt/medaid-desk/bin/medaid-desk /usr/share/applications/medaid-desk.desktop \
    /usr/share/icons/hicolor/48x48/apps/medaid-desk.png /usr/share/metainfo/org.medaid.desk.metainfo.xml; do
  [ -e "$f" ] || fail "installed, but $f is missing"
done

t0=$(date +%s%N)
# the postinst wrote the launchers' class archives where the program lies, and both launchers map them
# (-Xshare:on: the JVM refuses to start when an archive cannot be used; ADR 0086)
for name in medaid-desk medaid-cli; do
  [ -s "/opt/medaid-desk/lib/app/$name.jsa" ] \
    || { cat "$work/install.log" >&2; fail "the postinst wrote no class archive /opt/medaid-desk/lib/app/$name.jsa (install output above)"; }
  said="$(env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 JAVA_TOOL_OPTIONS="-Duser.home=$home -Xshare:on" \
    "/opt/medaid-desk/bin/$name" --version 2>&1)" || true
  grep -q "^medaid-desk " <<<"$said" || fail "/opt/medaid-desk/bin/$name does not map its class archive: $said"
done
step "class archives written by the postinst and mapped by both launchers"

t0=$(date +%s%N)
# Java takes user.home from the password file, not from $HOME: the launcher reads JAVA_TOOL_OPTIONS
if ! env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 JAVA_TOOL_OPTIONS="-Duser.home=$home" \
    /opt/medaid-desk/bin/medaid-desk --self-test > "$work/self-test.out" 2> "$work/self-test.err"; then
  cat "$work/self-test.out" "$work/self-test.err" >&2
  fail "/opt/medaid-desk/bin/medaid-desk --self-test failed (output above)"
fi
grep -q "^self-test ok" "$work/self-test.out" || { cat "$work/self-test.out" >&2; fail "the installed self-test did not say 'self-test ok'"; }
step "/opt/medaid-desk/bin/medaid-desk --self-test"
data="$home/.medaid-desk/data"
[ -s "$data/logs/medaid-desk.log" ] || fail "the installed desk wrote no log in $data/logs"

t0=$(date +%s%N)
DEBIAN_FRONTEND=noninteractive apt-get remove -y -q medaid-desk > "$work/remove.log" 2>&1 \
  || { cat "$work/remove.log" >&2; fail "apt-get remove medaid-desk failed (output above)"; }
step "apt-get remove medaid-desk"
if [ "$(dpkg-query -W -f='${db:Status-Status}' medaid-desk 2>/dev/null || echo not-installed)" = config-files ]; then
  DEBIAN_FRONTEND=noninteractive apt-get purge -y -q medaid-desk > "$work/purge.log" 2>&1 \
    || { cat "$work/purge.log" >&2; fail "apt-get purge medaid-desk failed (output above)"; }
  step "apt-get purge medaid-desk"
fi
grep -sq "data is kept" "$work"/remove.log "$work"/purge.log \
  || fail "removing the package did not say where the data is"
state="$(dpkg-query -W -f='${db:Status-Status}' medaid-desk 2>/dev/null || echo not-installed)"
[ "$state" = not-installed ] || fail "dpkg still knows medaid-desk after remove and purge ($state)"

# nothing of the package is left: every file gone, every folder gone unless another package uses it
left=()
while read -r path; do
  [ -e "$path" ] || [ -L "$path" ] || continue
  if [ -d "$path" ] && [ ! -L "$path" ]; then
    case "$path" in
      /opt/medaid-desk|/opt/medaid-desk/*) left+=("$path") ;;
      *) ;;
    esac
  else
    left+=("$path")
  fi
done < "$work/contents"
[ ${#left[@]} = 0 ] || fail "left behind after removal: ${left[*]}"
[ -s "$data/logs/medaid-desk.log" ] || fail "the users' data ($data) did not survive the removal"
echo "install check ok: installed, self-test passed from /opt/medaid-desk, removed and purged; only the data is left ($data)"
