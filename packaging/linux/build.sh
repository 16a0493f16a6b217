#!/usr/bin/env bash
# Builds the Linux packages of medaid-desk (医疗救助结算台) from `mvn package`:
#   target/dist/medaid-desk/                   self-contained app image with its own trimmed Java runtime
#   target/dist/medaid-desk_<ver>-1_amd64.deb  for Debian-based desktops (UOS, Kylin, Debian, Ubuntu)
# and checks both: the app image's launcher and the launcher inside the .deb must start without any
# system Java (PATH without java, no JAVA_HOME) and pass --version and --self-test (store, sample,
# backup, the desk's windows built headless).
#
# Usage: packaging/linux/build.sh [--skip-tests] [--no-deb]
# Needs a JDK 17+ with jlink, jpackage and jmods; for the .deb also dpkg-deb and fakeroot.
# Writes target/dist/measurements.txt (sizes and start-up times, see docs/benchmarks.md).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"

skip_tests=""
make_deb=1
for a in "$@"; do
  case "$a" in
    --skip-tests) skip_tests="-DskipTests" ;;
    --no-deb) make_deb=0 ;;
    *) echo "unknown option: $a" >&2; exit 2 ;;
  esac
done

java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}"
for tool in jlink jpackage; do
  [ -x "$java_home/bin/$tool" ] || { echo "no $tool in $java_home (set JAVA_HOME to a full JDK 17+)" >&2; exit 2; }
done
[ -d "$java_home/jmods" ] || { echo "no jmods in $java_home: install the JDK's jmods" >&2; exit 2; }
if [ "$make_deb" = 1 ]; then
  for tool in dpkg-deb fakeroot; do
    command -v "$tool" >/dev/null || { echo "no $tool: apt-get install dpkg-dev fakeroot (or use --no-deb)" >&2; exit 2; }
  done
fi

mvn -B -ntp -q package $skip_tests
version="$(sed -n 's:.*<version>\([0-9][0-9.]*\)</version>.*:\1:p' pom.xml | head -1)"

dist="target/dist"
input="target/jpackage-input"
rm -rf "$dist" "$input" target/runtime target/jpackage-temp
mkdir -p "$dist" "$input/share/icons"
cp target/medaid-desk.jar "$input/"
cp -r target/lib "$input/lib"
# Installed with the app (/opt/medaid-desk/lib/app/share); the .deb's postinst puts them in place.
cp packaging/linux/org.medaid.desk.metainfo.xml "$input/share/"
cp -r packaging/icons/hicolor/. "$input/share/icons/"

# The modules the desk and its libraries use (jdeps on the class path cannot see reflection, so the
# list is written down and proved by the launcher checks below).
modules="java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.prefs,java.scripting,java.sql,java.transaction.xa,java.xml,jdk.charsets,jdk.crypto.ec,jdk.localedata,jdk.unsupported,jdk.zipfs"
"$java_home/bin/jlink" --add-modules "$modules" --include-locales=zh-CN,en \
  --strip-debug --no-header-files --no-man-pages --compress=2 --output target/runtime

common=(--name medaid-desk --app-version "$version" --vendor "medaid-desk"
  --description "医疗救助结算台 — medical assistance settlement desk"
  --input "$input" --main-jar medaid-desk.jar --main-class org.medaid.app.Launcher
  --runtime-image target/runtime --icon packaging/icons/medaid-desk.png
  --java-options "-Dfile.encoding=UTF-8" --java-options "-Xmx1g")

"$java_home/bin/jpackage" --type app-image --dest "$dist" "${common[@]}"

# Runs a launcher as a clerk's PC would: no java on PATH, no JAVA_HOME, a fresh home folder.
check_launcher() {
  local launcher="$1" home
  home="$(mktemp -d)"
  env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 "$launcher" --version | grep -q "^medaid-desk $version" \
    || { echo "FAIL: $launcher --version" >&2; return 1; }
  local out
  out="$(env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 "$launcher" --self-test 2>"$home/stderr")" \
    || { echo "FAIL: $launcher --self-test"; echo "$out"; cat "$home/stderr"; return 1; } >&2
  echo "$out"
  for line in "self-test ok" "desk window: main window and first-run window built off screen"; do
    grep -q "$line" <<<"$out" || { echo "FAIL: $launcher --self-test did not say: $line" >&2; return 1; }
  done
  rm -rf "$home"
}

if env -i PATH=/usr/bin:/bin sh -c 'command -v java' >/dev/null 2>&1; then
  echo "note: /usr/bin has a java; the launcher still uses its own runtime (lib/runtime), never the system one"
fi
echo "== app image: $dist/medaid-desk"
check_launcher "$dist/medaid-desk/bin/medaid-desk"

measure() {
  # start-up time of a launcher command: hyperfine when installed, else the mean of 5 runs
  local what="$1"; shift
  if command -v hyperfine >/dev/null; then
    hyperfine --warmup 1 --runs 5 --export-json "$dist/hyperfine-$what.json" "$*" >/dev/null 2>&1
    python3 -c "import json,sys;r=json.load(open(sys.argv[1]))['results'][0];print(f\"{r['mean']*1000:.0f} ms ± {r['stddev']*1000:.0f} ms (hyperfine, 5 runs)\")" "$dist/hyperfine-$what.json"
  else
    local start end
    start=$(date +%s%N)
    for _ in 1 2 3 4 5; do "$@" >/dev/null 2>&1; done
    end=$(date +%s%N)
    echo "$(( (end - start) / 5000000 )) ms (mean of 5 runs)"
  fi
}

{
  echo "medaid-desk $version, $(date -u +%Y-%m-%d), $(nproc) cores, $("$java_home/bin/java" -version 2>&1 | head -1)"
  echo "app image size: $(du -sh "$dist/medaid-desk" | cut -f1) ($(du -sb "$dist/medaid-desk" | cut -f1) bytes; runtime $(du -sh "$dist/medaid-desk/lib/runtime" | cut -f1), jars $(du -sh "$dist/medaid-desk/lib/app" | cut -f1))"
  echo "--version: $(measure version "$dist/medaid-desk/bin/medaid-desk" --version)"
  echo "--self-test: $(measure self-test "$dist/medaid-desk/bin/medaid-desk" --self-test)"
} > "$dist/measurements.txt"

if [ "$make_deb" = 1 ]; then
  "$java_home/bin/jpackage" --type deb --dest "$dist" "${common[@]}" \
    --resource-dir packaging/linux/resources --temp target/jpackage-temp \
    --linux-package-name medaid-desk --linux-app-category misc --linux-menu-group "Office;Finance" \
    --linux-shortcut --linux-deb-maintainer "medaid-desk team <desk@medaid.invalid>" \
    --linux-package-deps "libgtk-3-0, libxtst6, fonts-wqy-microhei | fonts-noto-cjk"
  deb="$(ls "$dist"/medaid-desk_*.deb)"
  echo "== deb: $deb"
  dpkg-deb -f "$deb" Package Version Depends
  # The package holds the desktop entry, the metadata and the launcher; its launcher runs unpacked.
  contents="$(dpkg-deb -c "$deb")"
  for f in ./opt/medaid-desk/bin/medaid-desk ./opt/medaid-desk/lib/medaid-desk-medaid-desk.desktop \
      ./opt/medaid-desk/lib/app/share/org.medaid.desk.metainfo.xml ./opt/medaid-desk/lib/runtime/lib/server/libjvm.so; do
    grep -q " $f\$" <<<"$contents" || { echo "FAIL: $deb has no $f" >&2; exit 1; }
  done
  dpkg-deb -f "$deb" Depends | grep -q "libgtk-3-0" || { echo "FAIL: $deb does not depend on GTK" >&2; exit 1; }
  unpacked="$(mktemp -d)"
  dpkg-deb -x "$deb" "$unpacked"
  grep -q "^Name=医疗救助结算台" "$unpacked/opt/medaid-desk/lib/medaid-desk-medaid-desk.desktop" \
    || { echo "FAIL: the desktop entry is not named 医疗救助结算台" >&2; exit 1; }
  check_launcher "$unpacked/opt/medaid-desk/bin/medaid-desk" >/dev/null
  echo "deb launcher (unpacked): --version and --self-test ok"
  rm -rf "$unpacked"
  echo "deb size: $(du -h "$deb" | cut -f1) ($(stat -c %s "$deb") bytes)" >> "$dist/measurements.txt"
fi

echo "== measurements ($dist/measurements.txt)"
cat "$dist/measurements.txt"
