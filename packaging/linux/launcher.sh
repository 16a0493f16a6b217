#!/bin/sh
# The Linux launcher of medaid-desk, installed by build.sh twice over the launchers jpackage made (ADR 0080, 0086):
#   bin/medaid-desk  the desk (and its verbs), with lib/app/medaid-desk.cfg;
#   bin/medaid-cli   the command-line verbs (calc, slip, --version, --self-test), with lib/app/medaid-cli.cfg.
# It reads the cfg named after itself exactly as jpackage's launcher does (class path, main class, java-options,
# $APPDIR) and execs the image's own lib/runtime/bin/java. jpackage's Linux launcher asks the package manager which
# package owns it (rpm -qf, then dpkg -S) before Java starts: 0.4-0.5 s on every start, a sixth of the desk's way to
# its login window. The class archive lib/app/NAME.jsa, when there (written by build.sh for the app image, by the
# .deb's postinst where the package is installed), is mapped when it is there (ADR 0086). POSIX sh, no program
# started but java. GTK's OpenGL probe is turned off where no graphics card can be reached (ADR 0095).
self="$0"
case "$self" in
  */*) ;;
  *) self="$(command -v -- "$self")" ;;
esac
while [ -L "$self" ]; do
  link="$(readlink -- "$self")"
  case "$link" in
    /*) self="$link" ;;
    *) self="${self%/*}/$link" ;;
  esac
done
# the class archive is valid only for the class path it was written with: spelled as the dump run spelled it
app="$(cd -P -- "${self%/*}/../lib/app" && pwd -P)" || exit 2
name="${self##*/}"
cfg="$app/$name.cfg"
if [ ! -r "$cfg" ]; then
  echo "$name: cannot read $cfg; reinstall medaid-desk" >&2
  exit 2
fi
given=$#
cp=
main=
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in
    *'$APPDIR'*) line="${line%%\$APPDIR*}$app${line#*\$APPDIR}" ;;
  esac
  case "$line" in
    app.classpath=*) cp="${cp:+$cp:}${line#app.classpath=}" ;;
    app.mainclass=*) main="${line#app.mainclass=}" ;;
    java-options=*) set -- "$@" "${line#java-options=}" ;;
  esac
done < "$cfg"
if [ -r "$app/$name.jsa" ]; then
  set -- "$@" "-XX:SharedArchiveFile=$app/$name.jsa"
fi
set -- "$@" -cp "$cp" "$main"
# the caller's arguments came first: move them behind the options, the class path and the main class
while [ "$given" -gt 0 ]; do
  set -- "$@" "$1"
  shift
  given=$((given - 1))
done
# The desk on a PC where no graphics card node can be read (ADR 0095): GTK probes OpenGL when it opens the display, and
# the only OpenGL there is Mesa's software renderer, which loads libLLVM (44 MB resident for the whole session) for a
# desk that then draws with JavaFX's own software pipeline (DeskApplication decides prism.order by the same rule).
# A GDK_GL the caller set is kept.
if [ "$name" = medaid-desk ] && [ -z "${GDK_GL+x}" ]; then
  card=
  for node in /dev/dri/renderD* /dev/dri/card*; do
    if [ -r "$node" ]; then
      card=yes
      break
    fi
  done
  if [ -z "$card" ]; then
    GDK_GL=disable
    export GDK_GL
  fi
fi
exec "$app/../runtime/bin/java" "$@"
