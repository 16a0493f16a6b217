#!/usr/bin/env bash
# The arm64 app image, cross-built on an amd64 machine (sourced by build.sh; ADR 0039):
#  - Debian's openjdk-17-jdk-headless:arm64 gives the arm64 jmods, fetched
#    with `apt-get download` and unpacked with `dpkg -x` (nothing is installed);
#  - jlink runs on an amd64 JDK of exactly the same Debian version: the host's when it matches, else the
#    same version's amd64 openjdk-17-jre/jdk-headless unpacked beside it;
#  - JavaFX's linux-aarch64 jars from Maven Central replace the linux (x86_64) ones;
#  - jars, launcher configuration, the launcher scripts and the font setup are the amd64 image's.
# Needs apt to know arm64 packages (as root: dpkg --add-architecture arm64 && apt-get update).

cross_cache="${MEDAID_CROSS_CACHE:-$HOME/.cache/medaid-desk/cross}"
jdk_package="openjdk-17-jdk-headless"

# The Debian version of the arm64 JDK to use: the host JDK's own when apt serves it for arm64, else apt's newest.
arm64_jdk_version() {
  local host available
  host="$(dpkg-query -W -f='${Version}' "$jdk_package:amd64" 2>/dev/null || true)"
  available="$(apt-cache madison "$jdk_package:arm64" 2>/dev/null | awk -F'|' '{gsub(/ /,"",$2); print $2}')"
  [ -n "$available" ] || { echo "FAIL: apt serves no $jdk_package:arm64 (as root: dpkg --add-architecture arm64 && apt-get update)" >&2; return 1; }
  if [ -n "$host" ] && grep -qxF "$host" <<<"$available"; then
    echo "$host"
  else
    head -1 <<<"$available"
  fi
}

# fetch_unpack PACKAGE:ARCH VERSION DIR: apt-get download (cached) and dpkg -x into DIR.
fetch_unpack() {
  local pkg="$1" version="$2" dir="$3" debs="$cross_cache/debs" file
  mkdir -p "$debs" "$dir"
  file="$(ls "$debs/${pkg%%:*}_${version//:/%3a}_${pkg##*:}.deb" 2>/dev/null || true)"
  if [ -z "$file" ]; then
    (cd "$debs" && apt-get download -q "$pkg=$version" >/dev/null 2>"$debs/download.log") \
      || { echo "FAIL: apt-get download $pkg=$version:"; cat "$debs/download.log"; return 1; } >&2
    file="$(ls "$debs/${pkg%%:*}_"*"_${pkg##*:}.deb" | grep -F "$(sed 's/:/%3a/' <<<"$version")" | head -1)"
  fi
  dpkg -x "$file" "$dir" || { echo "FAIL: dpkg -x $file" >&2; return 1; }
}

# Absolute links inside an unpacked JDK (Debian points conf/ and cacerts at /etc) are made relative to it.
relink_inside() {
  local top="$1" link target
  find "$top" -type l -lname '/*' | while read -r link; do
    target="$(readlink "$link")"
    if [ -e "$top$target" ]; then
      ln -sfn "$(realpath --relative-to="$(dirname "$link")" "$top$target")" "$link"
    fi
  done
}

# An amd64 jlink of Debian version $1: the host JDK when it is that version, else one unpacked for the build.
amd64_jdk_home() {
  local version="$1" host dir="$cross_cache/amd64-$1"
  host="$(dpkg-query -W -f='${Version}' "$jdk_package:amd64" 2>/dev/null || true)"
  if [ "$host" = "$version" ] && [ -x /usr/lib/jvm/java-17-openjdk-amd64/bin/jlink ]; then
    echo /usr/lib/jvm/java-17-openjdk-amd64
    return
  fi
  if [ ! -x "$dir/usr/lib/jvm/java-17-openjdk-amd64/bin/jlink" ]; then
    rm -rf "$dir"
    fetch_unpack "openjdk-17-jre-headless:amd64" "$version" "$dir" || return 1
    fetch_unpack "$jdk_package:amd64" "$version" "$dir" || return 1
    relink_inside "$dir"
  fi
  echo "$dir/usr/lib/jvm/java-17-openjdk-amd64"
}

# build_arm64 AMD64_APP_IMAGE OUT_DIR MODULES: writes OUT_DIR/medaid-desk (the arm64 app image).
build_arm64() {
  local template="$1" out="$2" modules="$3" version jdk arm64_dir jlink_home image strip fx
  version="$(arm64_jdk_version)" || return 1
  arm64_dir="$cross_cache/arm64-$version"
  if [ ! -d "$arm64_dir/usr/lib/jvm/java-17-openjdk-arm64/jmods" ]; then
    rm -rf "$arm64_dir"
    fetch_unpack "$jdk_package:arm64" "$version" "$arm64_dir" || return 1
  fi
  jdk="$arm64_dir/usr/lib/jvm/java-17-openjdk-arm64"
  jlink_home="$(amd64_jdk_home "$version")" || return 1
  echo "arm64 runtime: jmods of $jdk_package:arm64 $version, jlink of $("$jlink_home/bin/java" -version 2>&1 | sed -n 2p)"
  # --strip-debug would also strip native symbols with the host's objcopy, which cannot read aarch64 files
  strip=(--strip-java-debug-attributes)
  if command -v aarch64-linux-gnu-objcopy >/dev/null; then
    strip+=("--strip-native-debug-symbols=objcopy=$(command -v aarch64-linux-gnu-objcopy)")
  fi
  image="$out/medaid-desk"
  rm -rf "$out" "$root/target/runtime-arm64"
  mkdir -p "$out"
  "$jlink_home/bin/jlink" --module-path "$jdk/jmods" --add-modules "$modules" --include-locales=zh-CN,en \
    "${strip[@]}" --no-header-files --no-man-pages --compress=2 --output "$root/target/runtime-arm64" \
    || { echo "FAIL: jlink of the arm64 runtime" >&2; return 1; }
  cp -a "$template" "$image"
  # the amd64 class archives are for the amd64 runtime only (ADR 0047): the arm64 image has none; installed, its
  # .deb's postinst writes them with the arm64 runtime (ADR 0086)
  rm -f "$image/lib/app/medaid-desk.jsa" "$image/lib/app/medaid-cli.jsa"
  rm -rf "$image/lib/runtime"
  cp -a "$root/target/runtime-arm64" "$image/lib/runtime"
  # bin/medaid-desk and bin/medaid-cli are one shell script (ADR 0080, 0086), the same for both architectures: kept
  # from the template, as are lib/app/archives.sh and its sample case (the .deb's postinst writes the archives)
  # JavaFX for aarch64 (Maven Central) in place of the x86_64 jars, and the class path that names them
  fx="$root/target/javafx-aarch64"
  mkdir -p "$fx"
  for jar in "$image"/lib/app/lib/javafx-*-linux.jar; do
    local name artifact fxversion
    name="$(basename "$jar")"
    artifact="${name%%-[0-9]*}"
    fxversion="$(sed -E 's/^javafx-[a-z]+-(.*)-linux\.jar$/\1/' <<<"$name")"
    if [ ! -f "$fx/$artifact-$fxversion-linux-aarch64.jar" ]; then
      # Debian's Maven 3.8 prints colour resets even with -B -q: its output is shown only when it fails
      local said
      said="$(mvn -B -ntp -q dependency:copy -Dartifact="org.openjfx:$artifact:$fxversion:jar:linux-aarch64" -DoutputDirectory="$fx" 2>&1)" \
        || { echo "$said"; echo "FAIL: could not fetch org.openjfx:$artifact:$fxversion:linux-aarch64 from Maven Central"; return 1; } >&2
    fi
    rm "$jar"
    cp "$fx/$artifact-$fxversion-linux-aarch64.jar" "$image/lib/app/lib/"
  done
  sed -i 's/-linux\.jar$/-linux-aarch64.jar/' "$image/lib/app/medaid-desk.cfg" "$image/lib/app/medaid-cli.cfg"
  # and the verbs' jar index (lib/app/medaid-cli.jar, ADR 0100), whose sections are named after the jars
  python3 - "$image/lib/app/medaid-cli.jar" <<'EOF' || { echo "FAIL: the arm64 image's jar index" >&2; return 1; }
import re, sys, zipfile
jar = sys.argv[1]
with zipfile.ZipFile(jar) as z:
    entries = [(i, z.read(i.filename)) for i in z.infolist()]
with zipfile.ZipFile(jar, "w", zipfile.ZIP_DEFLATED) as z:
    for i, data in entries:
        if i.filename == "META-INF/INDEX.LIST":
            data = re.sub(r"^(lib/javafx-.*)-linux\.jar$", r"\1-linux-aarch64.jar", data.decode("utf-8"), flags=re.M).encode("utf-8")
        z.writestr(i, data)
EOF
  # nothing x86_64 may be left in the image
  local wrong
  wrong="$(find "$image" -type f \( -name '*.so' -o -perm -u+x \) -exec file {} + | grep 'ELF' | grep -v 'aarch64' || true)"
  [ -z "$wrong" ] || { echo "FAIL: x86_64 files in the arm64 image:"; echo "$wrong"; return 1; } >&2
  for jar in "$image"/lib/app/lib/javafx-graphics-*-linux-aarch64.jar; do
    unzip -l "$jar" libglass.so >/dev/null 2>&1 || { echo "FAIL: $jar has no JavaFX natives" >&2; return 1; }
  done
}

# The command that runs an arm64 program here: none on an arm64 machine, qemu-user-static elsewhere.
arm64_runner() {
  if [ "$(uname -m)" = "aarch64" ]; then
    echo ""
  elif command -v qemu-aarch64-static >/dev/null && [ -e /lib/ld-linux-aarch64.so.1 ]; then
    echo "$(command -v qemu-aarch64-static)"
  else
    return 1
  fi
}
