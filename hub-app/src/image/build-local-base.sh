#!/usr/bin/env bash
# Builds a base image for Jib without a registry or a Docker daemon: a jlinked Java 17 runtime, the system
# libraries it loads, /etc/passwd with the hub's user (10001) and a /tmp, saved as a `docker save` tarball.
# Jib then builds the hub image on it offline:
#   hub-app/src/image/build-local-base.sh
#   ./mvnw -pl hub-app -am package -Pimage -DskipTests -Djib.from.image=tar://$PWD/hub-app/target/image-base/jre17-base.tar
# Usage: build-local-base.sh [output.tar]   (default hub-app/target/image-base/jre17-base.tar)
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${1:-target/image-base/jre17-base.tar}"
java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
[[ "$("$java_home/bin/java" -XshowSettings:properties -version 2>&1)" == *"java.specification.version = 17"* ]] \
  || { echo "needs a JDK 17 (JAVA_HOME=$java_home)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
root="$work/rootfs"
mkdir -p "$root"

# what Spring Boot, Tomcat, H2, Lucene, Camel and the JDBC/Elasticsearch clients use; jdk.crypto.* for TLS
modules=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,\
java.prefs,java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.transaction.xa,java.xml,\
java.xml.crypto,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.jfr,jdk.management,jdk.management.agent,jdk.naming.dns,\
jdk.net,jdk.unsupported,jdk.zipfs,jdk.localedata
"$java_home/bin/jlink" --add-modules "$modules" --include-locales=en --strip-debug --no-header-files \
  --no-man-pages --compress=2 --output "$root/opt/java"
# a distribution may link the CA store and security policy to /etc: copy the files themselves (and drop links to
# licence texts it keeps elsewhere)
find "$root/opt/java" -type l | while read -r link; do
  if [[ -e "$link" ]]; then cp -L "$link" "$link.copy" && mv -f "$link.copy" "$link"; else rm "$link"; fi
done

# a server has no display, sound or splash screen: without these the X11 and ALSA libraries stay out
rm -f "$root"/opt/java/lib/{libawt_xawt,libjsound,libsplashscreen}.so

# the shared libraries the runtime loads, at the paths it looks for them
find "$root/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) -print0 \
  | xargs -0 ldd 2>/dev/null | grep -o '/[^ ]*\.so[^ ]*' | grep -v "^$root" | sort -u \
  | while read -r lib; do mkdir -p "$root$(dirname "$lib")"; cp -L "$lib" "$root$lib"; done

mkdir -p "$root/etc" "$root/tmp"
chmod 1777 "$root/tmp"
printf 'root:x:0:0:root:/root:/sbin/nologin\nler:x:10001:10001:LER Hub:/tmp:/sbin/nologin\n' > "$root/etc/passwd"
printf 'root:x:0:\nler:x:10001:\n' > "$root/etc/group"
printf 'passwd: files\ngroup: files\nhosts: files dns\n' > "$root/etc/nsswitch.conf"

# one layer, reproducible: fixed owner, order and times
tar --numeric-owner --owner=0 --group=0 --sort=name --mtime=@0 -C "$root" -cf "$work/layer.tar" .
layer_digest="$(sha256sum "$work/layer.tar" | cut -d' ' -f1)"
cat > "$work/config.json" <<JSON
{"architecture":"amd64","os":"linux","created":"1970-01-01T00:00:00Z",
 "config":{"Env":["PATH=/opt/java/bin:/usr/bin:/bin","JAVA_HOME=/opt/java","LANG=C.UTF-8"]},
 "rootfs":{"type":"layers","diff_ids":["sha256:$layer_digest"]}}
JSON
config_digest="$(sha256sum "$work/config.json" | cut -d' ' -f1)"
mv "$work/config.json" "$work/$config_digest.json"
printf '[{"Config":"%s.json","RepoTags":["ler-hub-base:jre17"],"Layers":["layer.tar"]}]\n' "$config_digest" \
  > "$work/manifest.json"

mkdir -p "$(dirname "$out")"
tar --numeric-owner --owner=0 --group=0 --mtime=@0 -C "$work" -cf "$out" manifest.json "$config_digest.json" layer.tar
echo "base image: $(readlink -f "$out") ($(du -h "$out" | cut -f1))"
