#!/usr/bin/env bash
# Builds the Linux packages of medaid-desk from `mvn package`:
#   target/dist/medaid-desk/            self-contained app image with its own trimmed Java runtime
#   target/dist/medaid-desk_<ver>_amd64.deb   for Debian-based desktops (UOS, Kylin, Debian, Ubuntu)
# Usage: packaging/linux/build.sh [--skip-tests] [--no-deb]
# Needs a JDK 17+ with jlink/jpackage and jmods, and for the .deb: dpkg-deb and fakeroot.
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

mvn -B -ntp -q package $skip_tests
version="$(sed -n 's:.*<version>\([0-9][0-9.]*\)</version>.*:\1:p' pom.xml | head -1)"

dist="target/dist"
rm -rf "$dist" target/jpackage-input target/runtime
mkdir -p "$dist" target/jpackage-input
cp target/medaid-desk.jar target/jpackage-input/
cp -r target/lib target/jpackage-input/lib

# The modules the desk and its libraries use (jdeps on the class path cannot see reflection, so the
# list is written down and checked by the self-test below).
modules="java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.prefs,java.scripting,java.sql,java.transaction.xa,java.xml,jdk.charsets,jdk.crypto.ec,jdk.localedata,jdk.unsupported,jdk.zipfs"
"$java_home/bin/jlink" --add-modules "$modules" --include-locales=zh-CN,en \
  --strip-debug --no-header-files --no-man-pages --compress=2 --output target/runtime

common=(--name medaid-desk --app-version "$version" --vendor "medaid-desk"
  --description "医疗救助结算台 — medical assistance settlement desk"
  --input target/jpackage-input --main-jar medaid-desk.jar --main-class org.medaid.app.Launcher
  --runtime-image target/runtime --icon packaging/icons/medaid-desk.png
  --java-options "-Dfile.encoding=UTF-8" --java-options "-Xmx1g")

"$java_home/bin/jpackage" --type app-image --dest "$dist" "${common[@]}"
echo "app image: $dist/medaid-desk ($(du -sh "$dist/medaid-desk" | cut -f1))"

# The launcher must start without a system Java and exit cleanly.
"$dist/medaid-desk/bin/medaid-desk" --version
"$dist/medaid-desk/bin/medaid-desk" --self-test

if [ "$make_deb" = 1 ]; then
  "$java_home/bin/jpackage" --type deb --dest "$dist" "${common[@]}" \
    --linux-package-name medaid-desk --linux-app-category Office --linux-menu-group "Office" \
    --linux-shortcut --linux-deb-maintainer "medaid-desk team <desk@medaid.invalid>" \
    --linux-package-deps "libgtk-3-0, libxtst6, fonts-wqy-microhei | fonts-noto-cjk"
  ls -l "$dist"/*.deb
fi
