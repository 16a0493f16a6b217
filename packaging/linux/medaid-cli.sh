#!/bin/sh
# medaid-cli: the command-line verbs of medaid-desk (calc, slip, --version, --self-test) on the image's own Java
# runtime, with the options, class path and class archive of lib/app/medaid-cli.cfg (ADR 0079). build.sh installs
# this script as bin/medaid-cli in place of jpackage's Linux launcher, which asks the package manager which package
# owns it (rpm -qf, then dpkg -S, twice) before Java starts: about 0.4 s of CPU on every call, more than the verb
# itself (ADR 0080). The desk's launcher (bin/medaid-desk) stays jpackage's. POSIX sh, no program started but java.
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
cfg="$app/medaid-cli.cfg"
if [ ! -r "$cfg" ]; then
  echo "medaid-cli: cannot read $cfg; reinstall medaid-desk" >&2
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
set -- "$@" -cp "$cp" "$main"
# the caller's arguments came first: move them behind the options, the class path and the main class
while [ "$given" -gt 0 ]; do
  set -- "$@" "$1"
  shift
  given=$((given - 1))
done
exec "$app/../runtime/bin/java" "$@"
