#!/usr/bin/env bash
# Assembles medaid-desk_<version>-1_<arch>.deb from an app image (sourced by build.sh; ADR 0039).
# The same tree, menu entry, icons, metadata, maintainer scripts and dependencies for amd64 and arm64:
#   /opt/medaid-desk/...                         the app image (launcher, its own Java runtime, jars)
#   /usr/share/applications/medaid-desk.desktop  the menu entry (医疗救助结算台, Office;Finance)
#   /usr/share/icons/hicolor/NxN/apps/medaid-desk.png, /usr/share/metainfo/org.medaid.desk.metainfo.xml
# All are files of the package, so dpkg removes them; postinst/postrm refresh caches when they can. The postinst
# also writes the launchers' class archives in /opt/medaid-desk/lib/app (ADR 0086), which the prerm removes.

# Libraries the runtime and JavaFX load (readelf NEEDED of lib/runtime and the JavaFX natives), named as
# Debian 10-12, UOS 20 (Debian 10 based) and Kylin V10 (Ubuntu 20.04 based) call them; an alternative
# where the name differs between them. The same names on amd64 and arm64 (multiarch).
DEB_DEPENDS="libc6, libstdc++6, libgcc-s1 | libgcc1, zlib1g, libasound2 | libasound2t64, libx11-6, libxext6, libxi6, \
libxrender1, libxtst6, libfreetype6, libharfbuzz0b, libjpeg62-turbo | libjpeg62, liblcms2-2, \
libpng16-16 | libpng16-16t64, libgif7, libgl1, libglib2.0-0 | libglib2.0-0t64, libgtk-3-0 | libgtk-3-0t64, \
libgdk-pixbuf-2.0-0 | libgdk-pixbuf2.0-0, libcairo2, libpango-1.0-0, libpangoft2-1.0-0, fonts-wqy-microhei | fonts-noto-cjk"

# make_deb APP_IMAGE ARCH VERSION OUT_DIR: writes OUT_DIR/medaid-desk_VERSION-1_ARCH.deb and prints its path.
make_deb() {
  local image="$1" arch="$2" version="$3" out="$4" res="$root/packaging/linux"
  local tree deb
  tree="$(mktemp -d "${TMPDIR:-/tmp}/medaid-deb.XXXXXX")"
  mkdir -p "$tree/DEBIAN" "$tree/opt" "$tree/usr/share/applications" "$tree/usr/share/metainfo"
  cp -a "$image" "$tree/opt/medaid-desk"
  # class archives hold the paths they were written at: the postinst writes them in /opt/medaid-desk (ADR 0086)
  rm -f "$tree/opt/medaid-desk/lib/app/"*.jsa
  install -m 644 "$res/resources/medaid-desk.desktop" "$tree/usr/share/applications/medaid-desk.desktop"
  install -m 644 "$res/org.medaid.desk.metainfo.xml" "$tree/usr/share/metainfo/org.medaid.desk.metainfo.xml"
  for icon in "$root"/packaging/icons/hicolor/*/medaid-desk.png; do
    local size; size="$(basename "$(dirname "$icon")")"
    install -D -m 644 "$icon" "$tree/usr/share/icons/hicolor/$size/apps/medaid-desk.png"
  done
  install -m 755 "$res/resources/postinst" "$res/resources/prerm" "$res/resources/postrm" "$tree/DEBIAN/"
  (cd "$tree" && find . -type f ! -path './DEBIAN/*' -printf '%P\0' | sort -z | xargs -0 md5sum) > "$tree/DEBIAN/md5sums"
  cat > "$tree/DEBIAN/control" <<CONTROL
Package: medaid-desk
Version: $version-1
Section: misc
Priority: optional
Architecture: $arch
Maintainer: medaid-desk team <desk@medaid.invalid>
Installed-Size: $(du -sk --exclude=DEBIAN "$tree" | cut -f1)
Depends: $DEB_DEPENDS
Description: 医疗救助结算台 — medical assistance settlement desk
 Settles medical bills of low-income residents through basic insurance, critical illness
 insurance and medical assistance, prints slips and approval forms, works without a network.
 Each user's data stays in ~/.medaid-desk/data; removing or purging the package keeps it.
CONTROL
  chmod -R u+rwX,go+rX,go-w "$tree"
  deb="$out/medaid-desk_${version}-1_${arch}.deb"
  dpkg-deb --root-owner-group --build "$tree" "$deb" >/dev/null || { echo "FAIL: dpkg-deb could not build $deb" >&2; return 1; }
  rm -rf "$tree"
  echo "$deb"
}

# check_deb DEB ARCH: the package's architecture, dependencies and files are the ones it must have.
check_deb() {
  local deb="$1" arch="$2" contents f
  [ "$(dpkg-deb -f "$deb" Architecture)" = "$arch" ] || { echo "FAIL: $deb is not Architecture: $arch" >&2; return 1; }
  local depends scripts
  depends="$(dpkg-deb -f "$deb" Depends)"
  for dep in libgtk-3-0 libxtst6 fonts-wqy-microhei libstdc++6; do
    grep -q "$dep" <<<"$depends" || { echo "FAIL: $deb does not depend on $dep" >&2; return 1; }
  done
  contents="$(dpkg-deb -c "$deb")"
  for f in ./opt/medaid-desk/bin/medaid-desk ./opt/medaid-desk/lib/runtime/lib/server/libjvm.so \
      ./opt/medaid-desk/lib/app/medaid-desk.jar ./usr/share/applications/medaid-desk.desktop \
      ./usr/share/metainfo/org.medaid.desk.metainfo.xml ./usr/share/icons/hicolor/48x48/apps/medaid-desk.png; do
    grep -q " $f\$" <<<"$contents" || { echo "FAIL: $deb has no $f" >&2; return 1; }
  done
  scripts="$(dpkg-deb --ctrl-tarfile "$deb" | tar -t)"
  for script in postinst prerm postrm; do
    grep -qx "\./$script" <<<"$scripts" || { echo "FAIL: $deb has no $script" >&2; return 1; }
  done
  if grep -q '/lib/app/[^/]*\.jsa$' <<<"$contents"; then
    echo "FAIL: $deb carries a class archive written for the build's paths (the postinst writes them)" >&2
    return 1
  fi
}
