#!/usr/bin/env bash
# Makes TorchSharp-cpu 0.107.0 load on Debian 12 (and any system whose libstdc++ predates GCC 13).
#
# Why: libLibTorchSharp.so asks for the symbol version GLIBCXX_3.4.32 (GCC 13), which Debian 12's libstdc++
# (GLIBCXX_3.4.30) lacks, so the dynamic loader refuses the library and TorchSharp reports that
# "libtorch-cpu-linux-x64 ... is not restored". The only symbol needing that version is
# _ZSt21ios_base_library_initv, which no relocation uses (GCC 13 references it only to pull in the iostream
# initialisation that older libstdc++ does by itself). Marking the version requirement weak
# (VER_FLG_WEAK in its Elf64_Vernaux entry) lets the loader accept the library; nothing else changes.
#
# Usage: torchsharp-fix.sh LIBRARY [VERSION]   (VERSION defaults to GLIBCXX_3.4.32)
# Idempotent; changes two bytes in place; needs only coreutils (od, dd, printf), so CI images without
# binutils or Python can run it. Exit 0 when the requirement is weak afterwards or absent, 1 on a bad file.
# Applied automatically after every build of tools/Lantern.FineTune (build/TorchSharpFix.targets), because
# the build copies the package's unpatched library again.
set -euo pipefail

lib="${1:?usage: torchsharp-fix.sh LIBRARY [VERSION]}"
version="${2:-GLIBCXX_3.4.32}"
readonly VER_FLG_WEAK=2
readonly SHT_GNU_VERNEED=$((0x6ffffffe))

fail() { echo "torchsharp-fix: $lib: $*" >&2; exit 1; }
[ -f "$lib" ] || fail "no such file"

# u N OFFSET: the little-endian unsigned integer of N bytes at OFFSET.
u() { od -An -v -t "u$1" -j "$2" -N "$1" "$lib" | tr -d ' \n'; }
# cstring OFFSET: the NUL-terminated string at OFFSET (names here are short).
cstring() { dd if="$lib" bs=1 skip="$1" count=64 status=none | tr '\0' '\n' | head -n 1; }

[ "$(od -An -c -N 4 "$lib" | tr -d ' ')" = '177ELF' ] || fail "not an ELF file"
[ "$(u 1 4)" = 2 ] || fail "not a 64-bit ELF file"
[ "$(u 1 5)" = 1 ] || fail "not a little-endian ELF file"

shoff=$(u 8 40)
shentsize=$(u 2 58)
shnum=$(u 2 60)
verneed=""
for ((i = 0; i < shnum; i++)); do
    sh=$((shoff + i * shentsize))
    if [ "$(u 4 $((sh + 4)))" = "$SHT_GNU_VERNEED" ]; then
        verneed=$(u 8 $((sh + 24)))
        strtab_section=$(u 4 $((sh + 40)))
        needed_count=$(u 4 $((sh + 44)))
        strtab=$(u 8 $((shoff + strtab_section * shentsize + 24)))
        break
    fi
done
if [ -z "$verneed" ]; then
    echo "torchsharp-fix: $lib: no version requirements; nothing to do"
    exit 0
fi

# Elf64_Verneed: vn_version u16, vn_cnt u16, vn_file u32, vn_aux u32, vn_next u32.
# Elf64_Vernaux: vna_hash u32, vna_flags u16, vna_other u16, vna_name u32, vna_next u32.
entry=$verneed
for ((n = 0; n < needed_count; n++)); do
    count=$(u 2 $((entry + 2)))
    aux=$((entry + $(u 4 $((entry + 8)))))
    for ((a = 0; a < count; a++)); do
        if [ "$(cstring $((strtab + $(u 4 $((aux + 8))))))" = "$version" ]; then
            flags=$(u 2 $((aux + 4)))
            if ((flags & VER_FLG_WEAK)); then
                echo "torchsharp-fix: $lib: $version already weak"
                exit 0
            fi
            flags=$((flags | VER_FLG_WEAK))
            printf "$(printf '\\%03o\\%03o' $((flags & 255)) $((flags >> 8)))" \
                | dd of="$lib" bs=1 seek=$((aux + 4)) conv=notrunc status=none
            [ "$(u 2 $((aux + 4)))" = "$flags" ] || fail "could not write the flags"
            echo "torchsharp-fix: $lib: marked $version weak"
            exit 0
        fi
        aux=$((aux + $(u 4 $((aux + 12)))))
    done
    entry=$((entry + $(u 4 $((entry + 12)))))
done
echo "torchsharp-fix: $lib: does not require $version; nothing to do"
