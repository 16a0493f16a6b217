#!/usr/bin/env bash
# Builds the Linux packages of medaid-desk (医疗救助结算台) from `mvn package` (ADR 0027, 0039):
#   target/dist/medaid-desk/                         amd64 app image with its own trimmed Java runtime
#   target/dist/medaid-desk_<ver>-1_amd64.deb        for x86_64 PCs (uname -m: x86_64)
#   target/dist-arm64/medaid-desk/                   arm64 app image (cross-built, see cross-arm64.sh)
#   target/dist-arm64/medaid-desk_<ver>-1_arm64.deb  for Phytium/Kunpeng PCs (uname -m: aarch64)
# and checks them: each launcher, from the image and unpacked from its .deb, must start without any
# system Java (PATH without java, no JAVA_HOME) and pass --version and --self-test (store, sample,
# backup, the desk's windows built headless); arm64 ones run under qemu-user-static on an amd64 machine.
#
# Usage: packaging/linux/build.sh [--arch amd64|arm64|all] [--skip-tests] [--no-deb]
# Needs a JDK 17+ with jlink, jpackage and jmods; for a .deb dpkg-deb; for arm64 apt with the arm64
# architecture added, and qemu-user-static + libc6:arm64 to run the checks (required when CI=true).
# Writes target/dist/measurements.txt (sizes and start-up times, see docs/benchmarks.md).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"

skip_tests=""
make_deb=1
arch=amd64
while [ $# -gt 0 ]; do
  case "$1" in
    --skip-tests) skip_tests="-DskipTests" ;;
    --no-deb) make_deb=0 ;;
    --arch) arch="${2:-}"; shift ;;
    --arch=*) arch="${1#--arch=}" ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
  shift
done
case "$arch" in
  amd64|arm64|all) ;;
  *) echo "--arch must be amd64, arm64 or all, not '$arch'" >&2; exit 2 ;;
esac
want() { [ "$arch" = all ] || [ "$arch" = "$1" ]; }
trap 'echo "FAIL: packaging/linux/build.sh stopped at line $LINENO (exit $?)" >&2' ERR
# shellcheck source=deb.sh
. "$root/packaging/linux/deb.sh"
# shellcheck source=cross-arm64.sh
. "$root/packaging/linux/cross-arm64.sh"

java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}"
for tool in jlink jpackage; do
  [ -x "$java_home/bin/$tool" ] || { echo "no $tool in $java_home (set JAVA_HOME to a full JDK 17+)" >&2; exit 2; }
done
[ -d "$java_home/jmods" ] || { echo "no jmods in $java_home: install the JDK's jmods" >&2; exit 2; }
if [ "$make_deb" = 1 ]; then
  command -v dpkg-deb >/dev/null || { echo "no dpkg-deb: apt-get install dpkg-dev (or use --no-deb)" >&2; exit 2; }
fi
if want arm64; then
  for tool in apt-get apt-cache dpkg mvn unzip file; do
    command -v "$tool" >/dev/null || { echo "no $tool: the arm64 cross-build needs it" >&2; exit 2; }
  done
  if ! runner="$(arm64_runner)"; then
    if [ "${CI:-}" = true ]; then
      echo "no qemu-aarch64-static or /lib/ld-linux-aarch64.so.1: apt-get install qemu-user-static libc6:arm64 (CI must run the arm64 checks)" >&2
      exit 2
    fi
    runner=none
  fi
fi

mvn -B -ntp -q package $skip_tests
version="$(sed -n 's:.*<version>\([0-9][0-9.]*\)</version>.*:\1:p' pom.xml | head -1)"

dist="target/dist"
input="target/jpackage-input"
rm -rf "$dist" "$input" target/runtime target/jpackage-temp target/dist-arm64
mkdir -p "$dist" "$input"
cp target/medaid-desk.jar "$input/"
cp -r target/lib "$input/lib"

# The modules the desk and its libraries use (jdeps on the class path cannot see reflection, so the
# list is written down and proved by the launcher checks below).
modules="java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.prefs,java.scripting,java.sql,java.transaction.xa,java.xml,jdk.charsets,jdk.crypto.ec,jdk.localedata,jdk.management,jdk.unsupported,jdk.zipfs"
# --generate-cds-archive: the runtime's own class-data archive (lib/server/classes.jsa), the base the
# application's archive below extends (ADR 0047).
"$java_home/bin/jlink" --add-modules "$modules" --include-locales=zh-CN,en \
  --strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive --output target/runtime

common=(--name medaid-desk --app-version "$version" --vendor "medaid-desk"
  --description "医疗救助结算台 — medical assistance settlement desk"
  --input "$input" --main-jar medaid-desk.jar --main-class org.medaid.app.Launcher
  --runtime-image target/runtime --icon packaging/icons/medaid-desk.png
  --java-options "-Dfile.encoding=UTF-8" --java-options "-Xms16m" --java-options "-Xmx1g"
  # Serial GC with a heap that shrinks: ~290 MB resident after login instead of ~370-415 MB with G1
  # (DeskStartBenchmark, docs/benchmarks.md; ADR 0047 amended)
  --java-options "-XX:+UseSerialGC" --java-options "-XX:ReservedCodeCacheSize=64m"
  # the JVM's default heap free ratios (40/70) while the login checks the store, 10/30 once the first page is on screen
  # (set by the desk at run time, then its full collections give the heap back down to them; ADR 0088, 0089)
  --java-options "-Dmedaid.idleHeapFreeRatios=10,30"
  # the C heap that JavaFX, the fonts and the JIT freed after the start given back to the system every 5 s
  # (glibc keeps it otherwise): 20-30 MB less resident when idle (ADR 0081; Linux only, not in the Windows MSI)
  --java-options "-XX:TrimNativeHeapInterval=5000")

# a second launcher for the command-line verbs, with the options of a JVM that lives a second (ADR 0079)
"$java_home/bin/jpackage" --type app-image --dest "$dist" "${common[@]}" \
  --add-launcher medaid-cli=packaging/linux/medaid-cli.properties
# Both launchers are one shell script that reads the cfg named after it (ADR 0080, 0086): jpackage's Linux launcher
# asks rpm and dpkg which package owns it before Java starts, 0.4-0.5 s on every start of the desk and of each verb.
# With it goes jpackage's launcher library, which nothing loads any more.
install -m 755 packaging/linux/launcher.sh "$dist/medaid-desk/bin/medaid-desk"
install -m 755 packaging/linux/launcher.sh "$dist/medaid-desk/bin/medaid-cli"
rm -f "$dist/medaid-desk/lib/libapplauncher.so"

# cli_index IMAGE (ADR 0100): the verbs' class path starts with lib/app/medaid-cli.jar, a jar that holds nothing but
# META-INF/INDEX.LIST, the JDK 17 jar index of medaid-desk.jar and of the jars its Class-Path names, in that order:
# which jars hold each package (and each META-INF file). With an index first on the class path the JVM opens only the
# jars that hold the package of a class or resource it looks up. Without it, the first lookup that finds nothing
# (calc's explanation bundle asks for explain_zh_CN before explain.properties) opened all 41 jars, JavaFX, H2 and
# bcprov among them: ~40 ms of calc on a machine where `java -version` takes 33 ms. The desk keeps its plain class path
# (its libraries find several providers of one service across jars, which an index does not give). A jar that holds a
# file named *.jar (JavaFX's graphics jar holds javafx-swt.jar) would make the JDK read that line of the index as a
# new jar's name: such lines are dropped.
cli_index() {
  local app="$1/lib/app" work
  work="$(mktemp -d)"
  printf 'Manifest-Version: 1.0\nClass-Path: medaid-desk.jar\n' > "$work/manifest"
  mkdir "$work/empty"
  rm -f "$app/medaid-cli.jar"
  "$java_home/bin/jar" --create --file "$app/medaid-cli.jar" --manifest "$work/manifest" -C "$work/empty" . \
    && (cd "$app" && "$java_home/bin/jar" -J-Dsun.misc.JarIndex.metaInfFilenames=true -i medaid-cli.jar) \
    && python3 - "$app/medaid-cli.jar" <<'EOF'
import sys, zipfile
jar = sys.argv[1]
with zipfile.ZipFile(jar) as z:
    entries = [(i, z.read(i.filename)) for i in z.infolist()]
out = []
for i, data in entries:
    if i.filename == "META-INF/INDEX.LIST":
        lines, kept, header = data.decode("utf-8").split("\n"), [], True
        for line in lines:
            if line.endswith(".jar") and not header:
                continue  # an entry of the jar above named *.jar, not a jar of the class path
            kept.append(line)
            header = line.strip() == ""
        data = "\n".join(kept).encode("utf-8")
    out.append((i, data))
with zipfile.ZipFile(jar, "w", zipfile.ZIP_DEFLATED) as z:
    for i, data in out:
        z.writestr(i, data)
EOF
  local status=$?
  rm -rf "$work"
  [ $status -eq 0 ] || { echo "FAIL: the verbs' jar index $app/medaid-cli.jar could not be written" >&2; return 1; }
  chmod 644 "$app/medaid-cli.jar"
  # first on the verbs' class path; the jars it indexes stay named after it (the JVM skips those the index names)
  grep -q '^app.classpath=\$APPDIR/medaid-cli.jar$' "$app/medaid-cli.cfg" \
    || sed -i '0,/^app.classpath=/s//app.classpath=$APPDIR\/medaid-cli.jar\napp.classpath=/' "$app/medaid-cli.cfg"
}
cli_index "$dist/medaid-desk" || exit 1

# AppCDS (ADR 0047, 0079, 0081, 0085, 0086): each launcher maps its own class archive lib/app/NAME.jsa when it is
# there. An archive holds the class path it was written with, so it is written where the image lies, by the image's
# own lib/app/archives.sh: here for this app image, and by the .deb's postinst in /opt/medaid-desk (an archive made
# here would not map there). The verbs' archive comes from calc and slip of a sample case in one JVM (shipped as
# lib/app/archive-run.json), the desk's from its --self-test (the policies, the calculator, the store, JavaFX on
# Monocle, the main window's and the login's views). A JVM that cannot use an archive loads its classes as before.
install -m 644 samples/cases/linyi-minimum-living.json "$dist/medaid-desk/lib/app/archive-run.json"
python3 -c 'import json,sys;print(json.load(open(sys.argv[1]))["bills"][0]["id"])' samples/cases/linyi-minimum-living.json \
  > "$dist/medaid-desk/lib/app/archive-run.bill"
install -m 755 packaging/linux/archives.sh "$dist/medaid-desk/lib/app/archives.sh"
"$dist/medaid-desk/lib/app/archives.sh" || { echo "FAIL: the class archives of the app image could not be written" >&2; exit 1; }

# with_emulator IMAGE EMULATOR COMMAND...: runs COMMAND with EMULATOR (qemu-aarch64-static) in front of the image's
# lib/runtime/bin/java, put back afterwards; with no emulator, COMMAND as it is. The launchers are shell scripts
# (ADR 0086) and an emulator starts ELF files only: the script runs natively, its java under the emulator.
with_emulator() (
  image="$1"
  emulator="$2"
  shift 2
  java="$image/lib/runtime/bin/java"
  if [ -n "$emulator" ]; then
    mv "$java" "$java.target"
    trap 'mv -f "$java.target" "$java"' EXIT
    printf '#!/bin/sh\nexec %s "$0.target" "$@"\n' "$emulator" > "$java"
    chmod 755 "$java"
  fi
  "$@"
)

# Runs a launcher as a clerk's PC would: no java on PATH, no JAVA_HOME, a fresh home folder (for another
# architecture: with_emulator IMAGE EMULATOR check_launcher LAUNCHER).
check_launcher() (
  launcher="$1"
  image="${launcher%/bin/*}"
  home="$(mktemp -d)"
  # Java takes user.home from the password file, not $HOME; JAVA_TOOL_OPTIONS moves it (data, log, settings)
  run=(env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 JAVA_TOOL_OPTIONS="-Duser.home=$home")
  said="$("${run[@]}" "$launcher" --version 2>&1)" || true
  grep -q "^medaid-desk $version" <<<"$said" || { echo "FAIL: $launcher --version said: $said" >&2; return 1; }
  # the verbs' launcher beside it (ADR 0079): its own options and archive, the same program
  cli="${launcher%/*}/medaid-cli"
  said="$("${run[@]}" "$cli" --version 2>&1)" || true
  grep -q "^medaid-desk $version" <<<"$said" || { echo "FAIL: $cli --version said: $said" >&2; return 1; }
  # a verb's standard output is its result alone (ADR 0080)
  said="$("${run[@]}" "$cli" calc "$root/samples/cases/linyi-minimum-living.json" 2>/dev/null)" || true
  python3 -c 'import json,sys; json.loads(sys.stdin.read())' <<<"$said" \
    || { echo "FAIL: $cli calc printed more than its JSON result: $(head -c 300 <<<"$said")" >&2; return 1; }
  # an archive that is there is mapped: -Xshare:on makes the JVM refuse to start when it cannot (ADR 0086)
  for name in medaid-desk medaid-cli; do
    [ -f "$image/lib/app/$name.jsa" ] || continue
    said="$(env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 JAVA_TOOL_OPTIONS="-Duser.home=$home -Xshare:on" \
      "${launcher%/*}/$name" --version 2>&1)" || true
    grep -q "^medaid-desk $version" <<<"$said" \
      || { echo "FAIL: $image/lib/app/$name.jsa is not mapped by bin/$name: $said" >&2; return 1; }
  done
  out="$("${run[@]}" "$launcher" --self-test 2>"$home/stderr")" \
    || { echo "FAIL: $launcher --self-test"; echo "$out"; cat "$home/stderr"; return 1; } >&2
  echo "$out"
  for line in "self-test ok" "desk window: main window and first-run window built off screen"; do
    grep -q "$line" <<<"$out" || { echo "FAIL: $launcher --self-test did not say: $line" >&2; return 1; }
  done
  [ -s "$home/.medaid-desk/data/logs/medaid-desk.log" ] \
    || { echo "FAIL: $launcher --self-test wrote no log in $home/.medaid-desk/data/logs" >&2; return 1; }
  rm -rf "$home"
)

if env -i PATH=/usr/bin:/bin sh -c 'command -v java' >/dev/null 2>&1; then
  echo "note: /usr/bin has a java; the launcher still uses its own runtime (lib/runtime), never the system one"
fi

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

# package_and_unpack DIST ARCH: DIST/medaid-desk becomes a checked .deb ($deb), unpacked in $unpacked.
package_and_unpack() {
  deb="$(make_deb "$1/medaid-desk" "$2" "$version" "$1")"
  echo "== deb: $deb"
  check_deb "$deb" "$2"
  dpkg-deb -f "$deb" Package Version Architecture Depends
  unpacked="$(mktemp -d)"
  dpkg-deb -x "$deb" "$unpacked"
}

millis_since() {
  echo $(( ($(date +%s%N) - $1) / 1000000 ))
}

if want amd64; then
  echo "== app image: $dist/medaid-desk"
  check_launcher "$dist/medaid-desk/bin/medaid-desk"
  {
    echo "medaid-desk $version, $(date -u +%Y-%m-%d), $(nproc) cores, $("$java_home/bin/java" -version 2>&1 | head -1)"
    echo "app image size: $(du -sh "$dist/medaid-desk" | cut -f1) ($(du -sb "$dist/medaid-desk" | cut -f1) bytes; runtime $(du -sh "$dist/medaid-desk/lib/runtime" | cut -f1), jars $(du -sh "$dist/medaid-desk/lib/app" | cut -f1))"
    echo "--version: $(measure version "$dist/medaid-desk/bin/medaid-desk" --version)"
    echo "--self-test: $(measure self-test "$dist/medaid-desk/bin/medaid-desk" --self-test)"
  } > "$dist/measurements.txt"
  if [ "$make_deb" = 1 ]; then
    package_and_unpack "$dist" amd64
    grep -q "^Name=医疗救助结算台" "$unpacked/usr/share/applications/medaid-desk.desktop" \
      || { echo "FAIL: the desktop entry is not named 医疗救助结算台" >&2; exit 1; }
    check_launcher "$unpacked/opt/medaid-desk/bin/medaid-desk" >/dev/null
    echo "deb launcher (unpacked): --version and --self-test ok"
    rm -rf "$unpacked"
    echo "deb size: $(du -h "$deb" | cut -f1) ($(stat -c %s "$deb") bytes)" >> "$dist/measurements.txt"
  fi
  echo "== measurements ($dist/measurements.txt)"
  cat "$dist/measurements.txt"
fi

if want arm64; then
  dist_arm64="target/dist-arm64"
  echo "== arm64 app image: $dist_arm64/medaid-desk"
  t0=$(date +%s%N)
  build_arm64 "$root/$dist/medaid-desk" "$root/$dist_arm64" "$modules"
  {
    echo "medaid-desk $version arm64, $(date -u +%Y-%m-%d), built on $(uname -m) with $(nproc) cores in $(millis_since "$t0") ms"
    echo "app image size: $(du -sh "$dist_arm64/medaid-desk" | cut -f1) (runtime $(du -sh "$dist_arm64/medaid-desk/lib/runtime" | cut -f1), jars $(du -sh "$dist_arm64/medaid-desk/lib/app" | cut -f1))"
  } > "$dist_arm64/measurements.txt"
  if [ "$runner" = none ]; then
    echo "note: the arm64 launcher was not run (no qemu-user-static and libc6:arm64 here; CI runs it)"
    echo "checks: not run (no emulator)" >> "$dist_arm64/measurements.txt"
  else
    how="${runner:+under $(basename "$runner")}"
    t0=$(date +%s%N)
    said="$(with_emulator "$dist_arm64/medaid-desk" "$runner" env -i PATH=/usr/bin:/bin HOME="$(mktemp -d)" LANG=C.UTF-8 "$dist_arm64/medaid-desk/bin/medaid-desk" --version 2>&1)" || true
    echo "--version ${how:-native}: $(millis_since "$t0") ms ($said)" >> "$dist_arm64/measurements.txt"
    t0=$(date +%s%N)
    with_emulator "$dist_arm64/medaid-desk" "$runner" check_launcher "$dist_arm64/medaid-desk/bin/medaid-desk"
    echo "--self-test ${how:-native}: $(millis_since "$t0") ms (one run, --version included)" >> "$dist_arm64/measurements.txt"
  fi
  if [ "$make_deb" = 1 ]; then
    package_and_unpack "$dist_arm64" arm64
    diff -r "$dist_arm64/medaid-desk" "$unpacked/opt/medaid-desk" >/dev/null \
      || { echo "FAIL: /opt/medaid-desk in $deb differs from the checked arm64 app image" >&2; exit 1; }
    if [ "$runner" != none ]; then
      said="$(with_emulator "$unpacked/opt/medaid-desk" "$runner" env -i PATH=/usr/bin:/bin HOME="$(mktemp -d)" LANG=C.UTF-8 "$unpacked/opt/medaid-desk/bin/medaid-desk" --version 2>&1)" || true
      grep -q "^medaid-desk $version" <<<"$said" || { echo "FAIL: the arm64 deb's launcher --version said: $said" >&2; exit 1; }
      echo "arm64 deb launcher (unpacked): --version ok, files identical to the checked image"
    fi
    rm -rf "$unpacked"
    echo "deb size: $(du -h "$deb" | cut -f1) ($(stat -c %s "$deb") bytes)" >> "$dist_arm64/measurements.txt"
  fi
  echo "== measurements ($dist_arm64/measurements.txt)"
  cat "$dist_arm64/measurements.txt"
fi
