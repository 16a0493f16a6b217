#!/bin/sh
# Writes the class archives of the medaid-desk app image this script lies in (lib/app/archives.sh; ADR 0047, 0081,
# 0085, 0086): lib/app/medaid-cli.jsa from calc and slip of the sample case lib/app/archive-run.json in one JVM, and
# lib/app/medaid-desk.jsa from the desk's --self-test (headless, in a throwaway home folder). An archive maps only for
# the class path it was written with, so it is written where the image lies: by packaging/linux/build.sh for the app
# image it builds, and by the .deb's postinst in /opt/medaid-desk. bin/medaid-desk and bin/medaid-cli map the
# archive when it is there and start without it otherwise. Exit 0 when both were written, 1 (with the run's output
# and one line saying which archive is missing on stderr) when one was not. POSIX sh.
app="$(cd -P -- "$(dirname -- "$0")" && pwd -P)" || exit 1
bin="$app/../../bin"
work="$(mktemp -d "${TMPDIR:-/tmp}/medaid-archives.XXXXXX")" || exit 1
trap 'rm -rf "$work"' EXIT
status=0

# dump NAME ARGUMENTS...: runs bin/NAME once with the archive written when its JVM exits. The JVM writes it under a
# temporary name; it becomes lib/app/NAME.jsa (a rename in the same folder) only after a JVM has mapped it with
# -Xshare:on, so a run killed or a disk filled mid-write leaves no archive rather than a cut one (a cut archive
# crashes the JVM that maps it: SIGBUS in FileMapInfo::relocate_pointers_in_core_regions).
dump() {
  name="$1"
  shift
  new="$app/.$name.jsa.new"
  rm -f "$app/$name.jsa" "$new"
  if env -i PATH=/usr/bin:/bin HOME="$work" LANG=C.UTF-8 \
      JAVA_TOOL_OPTIONS="-Duser.home=$work -XX:ArchiveClassesAtExit=$new" \
      "$bin/$name" "$@" > "$work/$name.out" 2>&1 && [ -s "$new" ] \
      && env -i PATH=/usr/bin:/bin HOME="$work" LANG=C.UTF-8 \
      JAVA_TOOL_OPTIONS="-Duser.home=$work -XX:SharedArchiveFile=$new -Xshare:on" \
      "$bin/$name" --version >> "$work/$name.out" 2>&1; then
    chmod 644 "$new"
    mv -f "$new" "$app/$name.jsa"
  else
    cat "$work/$name.out" >&2
    echo "medaid-desk: no class archive $app/$name.jsa (the $name run above failed); $name starts without one" >&2
    rm -f "$new"
    status=1
  fi
}

bill=
read -r bill < "$app/archive-run.bill" || true
if [ -z "$bill" ] || [ ! -r "$app/archive-run.json" ]; then
  echo "medaid-desk: $app/archive-run.json or archive-run.bill is missing; medaid-cli starts without a class archive" >&2
  status=1
else
  dump medaid-cli --archive-run "$app/archive-run.json" "$bill" "$work/slip.pdf"
fi
dump medaid-desk --self-test
exit $status
