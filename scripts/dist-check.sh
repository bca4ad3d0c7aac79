#!/usr/bin/env bash
# `make dist-check`: proves that the tarball `make dist` made works on its own.
#
#   1. the tarball: one folder report-site-<version>-linux-<arch>/ holding report-site and
#      README.md (and the licence file, if the repository has one), names sorted, one mtime,
#      owner 0, gzip without name or time stamp;
#   2. the binary: `readelf -d` needs no libswift*, libFoundation*, libdispatch,
#      libBlocksRuntime or libcmark*, and no RPATH/RUNPATH; `ldd` resolves only system
#      libraries; the newest glibc symbol version it needs is printed;
#   3. unpacked in a temporary folder, run under `env -i PATH=/usr/bin:/bin` (so no
#      LD_LIBRARY_PATH), it prints the version of its name, and LD_DEBUG=libs shows that it
#      loads nothing from the Swift toolchain nor any cmark library;
#   4. the same, with the Swift toolchain and the cmark-gfm shared libraries hidden
#      (a mount namespace: tmpfs over the toolchain, /dev/null over each libcmark*.so*), where
#      `unshare` may mount (root, or sudo without a password); skipped otherwise;
#   5. it builds the repository's demo site (`build . --strict`), and the output is
#      byte-identical (diff -r) to the output of the debug build of the same sources
#      (`swift build` in .build; DIST_CHECK_REFERENCE=path/to/report-site uses another
#      binary, DIST_CHECK_REFERENCE=none skips the comparison).
#
# DIST_TARBALL chooses the tarball; by default dist/report-site-<version>-linux-<arch>.tar.gz
# with the version in Sources/ReportSiteCLI/ReportSite.swift.
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}
arch=$(uname -m)

fail() { echo "dist-check: FAILED: $*" >&2; exit 1; }
ok() { echo "  ok: $*"; }

if [ -z "${DIST_TARBALL:-}" ]; then
    version=$(sed -n 's/.*static let version = "\(.*\)".*/\1/p' Sources/ReportSiteCLI/ReportSite.swift)
    [ -n "$version" ] || fail "no 'static let version' in Sources/ReportSiteCLI/ReportSite.swift"
    DIST_TARBALL="dist/report-site-$version-linux-$arch.tar.gz"
fi
[ -f "$DIST_TARBALL" ] || fail "$DIST_TARBALL does not exist: run make dist first"
tarball=$(readlink -f "$DIST_TARBALL")
name=$(basename "$tarball" .tar.gz)
case "$name" in
    report-site-*-linux-"$arch") version=${name#report-site-}; version=${version%-linux-"$arch"} ;;
    *) fail "$name is not report-site-<version>-linux-$arch" ;;
esac

tmp=$(mktemp -d "${TMPDIR:-/tmp}/report-site-dist-check.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

echo "dist-check: $DIST_TARBALL ($(stat -c %s "$tarball") bytes)"

# --- 1. the tarball --------------------------------------------------------------------------
echo "1. the tarball"
header=$(head -c 10 "$tarball" | od -An -tx1 | tr -d ' \n')
# gzip header: 1f8b, method 08, flags (no FNAME bit 0x08), mtime 00000000.
[ "${header:0:6}" = "1f8b08" ] || fail "not a gzip file"
[ $((0x${header:6:2} & 0x08)) -eq 0 ] || fail "the gzip header stores a file name (gzip -n)"
[ "${header:8:8}" = "00000000" ] || fail "the gzip header stores a time stamp (gzip -n)"
ok "gzip header without name or time stamp"

listing=$(tar -tvzf "$tarball" --numeric-owner)
names=$(tar -tzf "$tarball")
expected="$name/
$name/README.md
$name/report-site"
for f in LICENSE LICENSE.md LICENSE.txt LICENCE LICENCE.md COPYING COPYING.md; do
    if [ -f "$f" ]; then expected=$(printf '%s\n%s\n' "$expected" "$name/$f" | LC_ALL=C sort); break; fi
done
[ "$names" = "$expected" ] || fail "the tarball holds
$names
instead of
$expected"
[ "$names" = "$(echo "$names" | LC_ALL=C sort)" ] || fail "names are not sorted"
ok "holds exactly: $(echo "$names" | tr '\n' ' ')"
[ -f LICENSE ] || [ -f LICENSE.md ] || [ -f LICENSE.txt ] || [ -f COPYING ] || echo "  note: the repository has no licence file, so neither has the tarball"
owners=$(echo "$listing" | awk '{print $2}' | sort -u)
[ "$owners" = "0/0" ] || fail "owners are $owners, not 0/0"
mtimes=$(echo "$listing" | awk '{print $4, $5}' | sort -u)
[ "$(echo "$mtimes" | wc -l)" = 1 ] || fail "several mtimes: $mtimes"
ok "owner 0/0, one mtime for all ($mtimes), names sorted"

tar -xzf "$tarball" -C "$tmp"
bin="$tmp/$name/report-site"
[ -x "$bin" ] || fail "report-site is not executable"

# --- 2. what the binary links ----------------------------------------------------------------
echo "2. what the binary links ($(stat -c %s "$bin") bytes)"
forbidden='lib(swift|Foundation|_Foundation|dispatch|BlocksRuntime|cmark)'
needed=$(readelf -d "$bin" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
echo "$needed" | sed 's/^/    NEEDED /'
if echo "$needed" | grep -E -q "^$forbidden"; then fail "it needs a library that must be linked statically"; fi
if readelf -d "$bin" | grep -E -q '\((RPATH|RUNPATH)\)'; then
    fail "it has an RPATH/RUNPATH: $(readelf -d "$bin" | grep -E '\((RPATH|RUNPATH)\)')"
fi
ok "no Swift, Foundation, dispatch or cmark library needed, no RPATH/RUNPATH"
ldd_out=$(env -i PATH=/usr/bin:/bin ldd "$bin")
echo "$ldd_out" | sed 's/^/    ldd: /'
if echo "$ldd_out" | grep -E -q "$forbidden|not found"; then fail "ldd resolves a forbidden or missing library"; fi
if echo "$ldd_out" | grep -q -E '=> /(opt|usr/local|home|root)/'; then fail "ldd resolves a library outside the system folders"; fi
ok "ldd resolves only system libraries"
glibc=$(objdump -T "$bin" | grep -o 'GLIBC_[0-9.]*' | sort -u -V | tail -1)
glibcxx=$(objdump -T "$bin" | grep -o 'GLIBCXX_[0-9.]*' | sort -u -V | tail -1 || true)
echo "    needs at least ${glibc:-no versioned glibc}${glibcxx:+ and $glibcxx} (this machine: $(ldd --version | head -1 | awk '{print $NF}'))"

# --- 3. it runs with an empty environment ------------------------------------------------------
echo "3. run under env -i PATH=/usr/bin:/bin, from $tmp"
toolchain=""
if command -v "$SWIFT" >/dev/null 2>&1; then
    # …/usr/bin/swift → the toolchain's root (e.g. /opt/swift)
    toolchain=$(dirname "$(dirname "$(dirname "$(readlink -f "$(command -v "$SWIFT")")")")")
fi
run() { (cd "$tmp" && env -i PATH=/usr/bin:/bin "$@"); }
printed=$(run "$bin" --version)
[ "$printed" = "$version" ] || fail "--version prints '$printed', the tarball's name says '$version'"
ok "--version prints $printed"
run env LD_DEBUG=libs "$bin" --version > /dev/null 2> "$tmp/ld-debug.txt"
loaded=$(sed -n 's/.*calling init: \(.*\)/\1/p' "$tmp/ld-debug.txt" | sort -u)
echo "$loaded" | sed 's/^/    loads /'
if [ -n "$toolchain" ] && grep -q -F "$toolchain/" "$tmp/ld-debug.txt"; then fail "the loader looked in $toolchain"; fi
if grep -E -q "$forbidden" "$tmp/ld-debug.txt"; then fail "it looks for or loads a library that must be linked statically"; fi
ok "LD_DEBUG=libs: nothing loaded or searched${toolchain:+ in $toolchain}, no Swift or cmark library"

# --- 4. with the toolchain and cmark-gfm's shared libraries hidden ------------------------------
echo "4. with the Swift toolchain and libcmark-gfm*.so hidden"
hide=""
if [ -n "$toolchain" ] && [ "$toolchain" != "/" ] && [ "$toolchain" != "/usr" ]; then
    hide="mount -t tmpfs -o ro,size=4k none '$toolchain' && "
fi
for so in $(ldconfig -p | sed -n 's/.*libcmark.* => \(.*\)/\1/p' | sort -u); do
    hide="$hide mount --bind /dev/null '$(readlink -f "$so")' && "
done
# Not root: sudo for unshare and the mounts, then back to this user (setpriv) to run the binary,
# so that what it writes stays ours.
sudo=""
drop=""
if [ "$(id -u)" != 0 ]; then
    sudo="sudo -n"
    drop="setpriv --reuid=$(id -u) --regid=$(id -g) --clear-groups"
fi
if $sudo unshare --mount --propagation private true 2>/dev/null; then
    # The first command proves the hiding worked: no swift left in the toolchain's place.
    out=$($sudo unshare --mount --propagation private sh -c "$hide
        { [ -z '$toolchain' ] || [ ! -e '$toolchain/usr/bin/swift' ]; } || exit 97
        cd '$tmp' && $drop env -i PATH=/usr/bin:/bin '$bin' --version") ||
        fail "it does not run with the toolchain hidden (exit $?)"
    [ "$out" = "$version" ] || fail "with the toolchain hidden --version prints '$out'"
    ok "runs${toolchain:+ with $toolchain empty} and every libcmark*.so replaced by /dev/null: --version prints $out"
    hidden=1
else
    echo "  skipped: unshare cannot mount here (needs root or passwordless sudo)"
    hidden=0
fi

# --- 5. it builds the demo site, as the debug build does -------------------------------------
# Both build one copy of the site's folders, so that an edit made meanwhile cannot tell them apart.
reference=${DIST_CHECK_REFERENCE:-}
if [ -z "$reference" ]; then
    echo "5. build the demo site; first the debug binary to compare with (swift build --product report-site)"
    "$SWIFT" build --product report-site > "$tmp/debug-build.log" 2>&1 ||
        { tail -30 "$tmp/debug-build.log" >&2; fail "the debug build failed"; }
    reference="$("$SWIFT" build --product report-site --show-bin-path)/report-site"
else
    echo "5. build the demo site"
    [ "$reference" = none ] || reference=$(readlink -f "$reference")
fi
mkdir "$tmp/site"
for d in Content Templates Public; do
    if [ -d "$d" ]; then cp -R "$d" "$tmp/site/"; fi
done
build_site() { # binary, output
    if [ "$hidden" = 1 ] && [ "$1" = "$bin" ]; then
        $sudo unshare --mount --propagation private sh -c "$hide
            cd '$tmp' && $drop env -i PATH=/usr/bin:/bin '$1' build '$tmp/site' --strict --output '$2'"
    else
        (cd "$tmp" && env -i PATH=/usr/bin:/bin "$1" build "$tmp/site" --strict --output "$2")
    fi
}
if ! build_site "$bin" "$tmp/site-dist" > "$tmp/build.log" 2>&1; then
    sed 's/^/    /' "$tmp/build.log" >&2
    fail "the build failed"
fi
sed 's/^/    /' "$tmp/build.log"
[ -f "$tmp/site-dist/index.html" ] || fail "no index.html in the built site"
ok "built a copy of $(ls "$tmp/site" | tr '\n' ' ')under env -i: $(find "$tmp/site-dist" -type f | wc -l) files, $(du -sb "$tmp/site-dist" | cut -f1) bytes$([ "$hidden" = 1 ] && echo ", toolchain and cmark hidden")"

if [ "$reference" = none ]; then
    echo "  skipped: comparison with the debug build (DIST_CHECK_REFERENCE=none)"
else
    build_site "$reference" "$tmp/site-reference" > "$tmp/reference.log" 2>&1 ||
        { cat "$tmp/reference.log" >&2; fail "the reference binary $reference failed to build the site"; }
    if diff -r "$tmp/site-reference" "$tmp/site-dist" > "$tmp/site.diff"; then
        ok "diff -r against the build by $reference: identical"
    else
        head -20 "$tmp/site.diff" >&2
        fail "the site differs from the one $reference builds ($(grep -c '' "$tmp/site.diff") lines of diff)"
    fi
fi
echo "dist-check: passed"
