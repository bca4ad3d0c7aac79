#!/usr/bin/env bash
# `make dist`: the binary people download.
#
# Builds report-site in release mode with the Swift standard library, Foundation and
# cmark-gfm (with its extensions) linked statically, and packs it with README.md (and the
# licence file, when the repository has one) into
#
#     dist/report-site-<version>-linux-<arch>.tar.gz  →  report-site-<version>-linux-<arch>/
#
# <version> is what the binary prints for --version, <arch> is `uname -m` (x86_64, aarch64).
# The binary needs only the C library (libc, libm, libstdc++, libgcc_s); `make dist-check`
# (scripts/dist-check.sh) proves it.
#
# The tarball is reproducible from the same binary: names sorted, every mtime set to the
# commit date (SOURCE_DATE_EPOCH if set), owner and group 0, modes normalised, gzip without
# name or time stamp.
#
# Environment: SWIFT (default swift), DIST_SCRATCH (default .build-dist: not the shared
# .build, whose release folder holds a dynamically linked binary), DIST_DIR (default dist).
set -euo pipefail
cd "$(dirname "$0")/.."

SWIFT=${SWIFT:-swift}
SCRATCH=${DIST_SCRATCH:-.build-dist}
DIST_DIR=${DIST_DIR:-dist}
arch=$(uname -m)

# --- cmark-gfm, statically -----------------------------------------------------------------
# The CCmarkGFM system-library target takes its linker flags from pkg-config's libcmark-gfm.pc
# (`-L<libdir> -lcmark-gfm -lcmark-gfm-extensions`), and its module map links the same two
# libraries. Given a .so and a .a in one folder the linker takes the .so, and it searches the
# -L folders in the order given, before its default ones; flags added with -Xlinker come after
# the package's, too late. So a libcmark-gfm.pc of our own, found first through
# --pkg-config-path, names a folder holding only the two archives: both libraries become
# static and every other -l stays as it was.
static_libs="$PWD/$SCRATCH/static-libs"
pc_dir="$PWD/$SCRATCH/pkgconfig"
rm -rf "$static_libs" "$pc_dir"
mkdir -p "$static_libs" "$pc_dir"
libdir=$(pkg-config --variable=libdir libcmark-gfm 2>/dev/null || true)
for lib in cmark-gfm cmark-gfm-extensions; do
    archive=""
    if [ -n "$libdir" ] && [ -f "$libdir/lib$lib.a" ]; then
        archive="$libdir/lib$lib.a"
    else
        # The compiler's own search path (multiarch folders included) as a second opinion.
        for cc in "${CC:-cc}" gcc clang; do
            command -v "$cc" >/dev/null 2>&1 || continue
            found=$("$cc" -print-file-name="lib$lib.a" 2>/dev/null || true)
            if [ "$found" != "lib$lib.a" ] && [ -f "$found" ]; then archive=$found; break; fi
        done
    fi
    if [ -z "$archive" ]; then
        echo "dist: lib$lib.a not found (pkg-config libdir: ${libdir:-none}); install libcmark-gfm-dev and libcmark-gfm-extensions-dev" >&2
        exit 1
    fi
    ln -s "$(readlink -f "$archive")" "$static_libs/lib$lib.a"
    echo "dist: linking $archive statically"
done
cat > "$pc_dir/libcmark-gfm.pc" <<PC
Name: libcmark-gfm
Description: cmark-gfm and its extensions, static archives only (scripts/dist.sh)
Version: $(pkg-config --modversion libcmark-gfm 2>/dev/null || echo 0)
Libs: -L$static_libs -lcmark-gfm -lcmark-gfm-extensions
Cflags: $(pkg-config --cflags libcmark-gfm 2>/dev/null || true)
PC

# --- the binary ----------------------------------------------------------------------------
# --disable-local-rpath: no RUNPATH $ORIGIN, which would make the loader look for libc and
# the rest beside the binary first (in a downloads folder, say) and serves nothing here.
build_flags=(-c release --static-swift-stdlib --product report-site --scratch-path "$SCRATCH"
             --pkg-config-path "$pc_dir" --disable-local-rpath)
"$SWIFT" build "${build_flags[@]}"
bin="$("$SWIFT" build "${build_flags[@]}" --show-bin-path)/report-site"

# Fail here rather than ship it: nothing of Swift's or cmark's may be loaded at run time.
needed=$(readelf -d "$bin" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
if echo "$needed" | grep -E -q '^lib(swift|Foundation|_Foundation|dispatch|BlocksRuntime|cmark)'; then
    echo "dist: $bin still needs shared libraries that must be static:" >&2
    echo "$needed" | sed 's/^/  /' >&2
    exit 1
fi

version=$("$bin" --version)
case "$version" in
    ''|*[!A-Za-z0-9.+_-]*) echo "dist: unexpected --version output: '$version'" >&2; exit 1 ;;
esac
name="report-site-$version-linux-$arch"

# --- the tarball ---------------------------------------------------------------------------
stage="$SCRATCH/stage"
rm -rf "$stage"
mkdir -p "$stage/$name" "$DIST_DIR"
# Stripped of debug information and symbols (128 MB -> 75 MB on x86_64; the symbols alone
# would add 3 MB to the tarball). The unstripped binary stays in $SCRATCH for debugging.
strip -o "$stage/$name/report-site" "$bin"
chmod 0755 "$stage/$name/report-site"
cp README.md "$stage/$name/"
licence=""
for f in LICENSE LICENSE.md LICENSE.txt LICENCE LICENCE.md COPYING COPYING.md; do
    if [ -f "$f" ]; then licence=$f; cp "$f" "$stage/$name/"; break; fi
done
[ -n "$licence" ] || echo "dist: the repository has no licence file; the tarball carries none"
chmod 0644 "$stage/$name"/*.md
chmod 0755 "$stage/$name/report-site"

if [ -z "${SOURCE_DATE_EPOCH:-}" ]; then
    SOURCE_DATE_EPOCH=$(git log -1 --format=%ct 2>/dev/null || echo 0)
fi
tarball="$DIST_DIR/$name.tar.gz"
tar -C "$stage" --sort=name --format=ustar \
    --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner \
    --mode='u+rwX,go+rX,go-w' \
    -cf - "$name" | gzip -n -9 > "$tarball.tmp"
mv "$tarball.tmp" "$tarball"

echo "dist: $tarball"
echo "  binary  $(stat -c %s "$stage/$name/report-site") bytes (unstripped $(stat -c %s "$bin"))"
echo "  tarball $(stat -c %s "$tarball") bytes, sha256 $(sha256sum "$tarball" | cut -d' ' -f1)"
echo "  mtime   @$SOURCE_DATE_EPOCH ($(date -u -d "@$SOURCE_DATE_EPOCH" '+%Y-%m-%d %H:%M:%S UTC'))"
