# Builds the Windows installer of medaid-desk (医疗救助结算台). Run on Windows 10/11 in PowerShell:
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# Needs: a JDK 17+ (with jmods) on PATH or in JAVA_HOME, Maven, and WiX Toolset 3.x on PATH for .msi
# (jpackage calls candle.exe/light.exe). Output: target\dist\medaid-desk-<version>.msi
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

$javaHome = if ($env:JAVA_HOME) { $env:JAVA_HOME } else { Split-Path (Split-Path (Get-Command javac).Source) }
mvn -B -ntp -q package -DskipTests
$version = ([xml](Get-Content pom.xml)).project.version

Remove-Item -Recurse -Force target\dist, target\jpackage-input, target\runtime -ErrorAction SilentlyContinue
New-Item -ItemType Directory target\jpackage-input | Out-Null
Copy-Item target\medaid-desk.jar target\jpackage-input\
Copy-Item -Recurse target\lib target\jpackage-input\lib

# Same module list as packaging/linux/build.sh.
$modules = "java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.prefs,java.scripting,java.sql,java.transaction.xa,java.xml,jdk.charsets,jdk.crypto.ec,jdk.localedata,jdk.management,jdk.unsupported,jdk.zipfs"
& "$javaHome\bin\jlink" --add-modules $modules --include-locales=zh-CN,en --strip-debug --no-header-files --no-man-pages --compress=2 --output target\runtime

& "$javaHome\bin\jpackage" --type msi --dest target\dist `
  --name medaid-desk --app-version $version --vendor "medaid-desk" `
  --description "医疗救助结算台" `
  --input target\jpackage-input --main-jar medaid-desk.jar --main-class org.medaid.app.Launcher `
  --runtime-image target\runtime --icon packaging\icons\medaid-desk.ico `
  --java-options "-Dfile.encoding=UTF-8" --java-options "-Xms16m" --java-options "-Xmx1g" `
  --java-options "-XX:+UseSerialGC" --java-options "-XX:ReservedCodeCacheSize=64m" `
  --java-options "-Dmedaid.idleHeapFreeRatios=10,30" `
  --add-launcher medaid-cli=packaging\windows\medaid-cli.properties `
  --win-menu --win-menu-group "医疗救助结算台" --win-shortcut --win-dir-chooser `
  --win-upgrade-uuid 5f0c6a52-7c43-4d1e-9a57-3c1b3f2d9e11

Get-ChildItem target\dist
